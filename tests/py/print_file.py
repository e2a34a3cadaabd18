# print(file=..., flush=...) with sys.stdout, sys.stderr and any object that
# has write(); replacing sys.stdout; input() through replaced streams.
import sys

class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")

w = W()
print("a", 1, [2], sep="-", end="!\n", file=w, flush=True)
print(w.parts)
print(file=w)
print("x", "y", sep=None, end=None, file=w)
print(w.parts[-4:])
print("to stderr", file=sys.stderr)
print("to stderr, flushed", file=sys.stderr, flush=True)
print(sys.stdout.write("direct\n"))
sys.stderr.write("direct to stderr\n")
print("x", file=sys.stdout, flush=True)
print("none file", file=None)

old = sys.stdout
sys.stdout = w
print("captured", 42)
sys.stdout = old
print(w.parts[-4:])
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(sys.stdout, sys.stderr, sys.stdin)
print(sys.stdout.encoding, sys.stderr.errors, sys.stdout.line_buffering, sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.isatty(), sys.stdout.writable(), sys.stdin.readable(), sys.stdout.name, sys.stdin.mode)
sys.stdout = None
print("goes nowhere")
sys.stdout = sys.__stdout__
print("back")

for bad in [3, b"bytes"]:
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print(e)

class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print(e)
try:
    print("x", sep=3)
except TypeError as e:
    print(e)

class R:
    def __init__(self, lines):
        self.lines = lines
    def readline(self):
        return self.lines.pop(0) if self.lines else ""

class Echo:
    def write(self, s):
        sys.__stdout__.write("W:" + repr(s) + "\n")
    def flush(self):
        sys.__stdout__.write("F\n")

sys.stdin = R(["hello\n", "world"])
sys.stdout = Echo()
first = input("prompt> ")
second = input()
sys.stdout = sys.__stdout__
print(first, second)
try:
    input()
except EOFError as e:
    print(repr(e))
sys.stdin = sys.__stdin__
print(repr(sys.stdin.readline()))
try:
    input("last prompt: ")
except EOFError as e:
    print(repr(e))
