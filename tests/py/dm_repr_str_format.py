# __repr__, __str__, __format__, __bytes__ and how print, str(), repr(),
# format(), f-strings and containers pick between them.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "polar":
            return f"r^2={self.x * self.x + self.y * self.y}"
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

    def __bytes__(self):
        return bytes([self.x, self.y])


p = Point(3, 4)
print(p)
print(repr(p), str(p))
print([p, p], (p,), {"k": p})
print(f"{p}|{p!r}|{p!s}|{p:polar}|{p:>6}|{p:08.3f}")
print(format(p), format(p, "x"), "{0} {0!r} {0:polar}".format(p))
print(bytes(p), list(bytes(p)))
print("%s and %r" % (p, p))
print(f"{p=}", f"{p = }", f"{p=!s}", f"{p=:polar}")


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"


o = OnlyRepr()
print(o, str(o), f"{o}", format(o), "%s" % (o,))


class Plain:
    pass


try:
    format(Plain(), "d")
except TypeError as e:
    print("TypeError:", e)
pl = Plain()
print(format(pl, "") == str(pl) == repr(pl))


class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


class BadFormat:
    def __format__(self, spec):
        return 1.5


for thing, fn in ((BadRepr(), repr), (BadStr(), str), (BadFormat(), format)):
    try:
        fn(thing)
    except TypeError as e:
        print("TypeError:", e)

try:
    bytes(Plain())
except TypeError as e:
    print("TypeError:", e)


class BadBytes:
    def __bytes__(self):
        return "not bytes"


try:
    bytes(BadBytes())
except TypeError as e:
    print("TypeError:", e)


class StrSub(str):
    def __str__(self):
        return "custom str"

    def __repr__(self):
        return "custom repr"


s = StrSub("raw")
print(s, str(s), repr(s), f"{s}", "%s" % s, format(s), s + "!", [s])


class Recursive:
    def __init__(self, depth):
        self.depth = depth

    def __repr__(self):
        if self.depth == 0:
            return "leaf"
        return f"R[{Recursive(self.depth - 1)!r}]"


print(repr(Recursive(3)))
print(ascii("héllo ☃"), ascii([p, "é"]), repr("é\n\t\x00'\""))


class IntLike(int):
    def __repr__(self):
        return f"IntLike({int(self)})"


n = IntLike(7)
print(n, repr(n), str(n), f"{n}", f"{n:03d}", f"{n!r}", "%d" % n, "%r" % n)
