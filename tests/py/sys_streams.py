# sys.stdout.buffer (bytes), writelines, reading an empty stdin.
import sys
print(sys.stdout.buffer is sys.stdout.buffer, type(sys.stdout.buffer).__name__)
print(sys.stdout.buffer.write(b"raw bytes\n"))
sys.stdout.buffer.write(bytearray(b"bytearray\n"))
sys.stdout.buffer.write(memoryview(b"memoryview\n"))
sys.stdout.buffer.flush()
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print(e)
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.writelines(iter(["c\n"]))
print(repr(sys.stdin.readline()), sys.stdin.readlines(), list(sys.stdin), repr(sys.stdin.read()))
print(sys.stdin.buffer.read(), sys.stdin.buffer.readline())
sys.stderr.buffer.write(b"stderr bytes\n")
print("done")
