# print() in detail: sep and end (None meaning the default), non-str
# separators refused, objects whose __str__ fails midway (nothing partial
# is printed for that call), flush, print of nothing, and input() at the
# end of standard input (EOFError).
print()
print("a", "b", sep=None, end=None)
print("a", "b", sep="", end="|\n")
print(1, 2.5, None, [1], {"k": 1}, (1,), sep=" :: ")
print("no newline", end="")
print(" <- continued")
print(*range(5), sep=", ")
print(*[], sep="x", end="[empty]\n")
print("flushed", flush=True)
print("multi\nline", "tab\tbed")
for bad in [dict(sep=1), dict(end=2), dict(sep=b"x"), dict(flush="yes"), dict(file=None, nonsense=1)]:
    try:
        print("x", **bad)
    except TypeError as e:
        print("TypeError:", e)


class Boom:
    def __str__(self):
        raise ValueError("cannot stringify")


try:
    print("before", Boom(), "after")
except ValueError as e:
    print("ValueError:", e)


class Weird:
    def __str__(self):
        return "weird\x00nul"


print(Weird(), "ünïcödé", "\U0001F600", "\\backslash")
print(repr("\x00\x7f\x80\u200b"), ascii("é\u200b"))
print(True, False, 3 + 0j, -0.0, 1e-320, 10 ** 20, 2 ** -1074)
try:
    value = input("prompt> ")
except EOFError as e:
    print("EOFError:", repr(str(e)))
try:
    input("a", "b")
except TypeError as e:
    print("TypeError:", e)
