# Subclasses of builtin types: constructors with extra arguments (__new__ vs
# __init__), methods returning the base type, operators keeping or losing
# the subclass, __repr__ inherited, dict subclass with __setitem__ not used
# by update(), list subclass __getitem__ with slices, str subclass hashing
# and equality, int subclass with extra attributes, and pickling-free copying.
class Tagged(int):
    def __new__(cls, value, tag="?"):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj

    def __repr__(self):
        return f"Tagged({int(self)}, {self.tag!r})"


t = Tagged(5, "five")
print(t, t + 1, type(t + 1).__name__, type(-t).__name__, type(abs(t)).__name__, t.tag, t == 5, hash(t) == hash(5))
print(isinstance(t, int), int(t).__class__.__name__, t.real.__class__.__name__, f"{t:03d}", str(t), t.bit_length())


class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

    def shout(self):
        return self + "!"


u = Upper("hello")
print(u, repr(u), type(u.shout()).__name__, type(u.lower()).__name__, type(u[1:]).__name__, u == "HELLO",
      {u: 1}["HELLO"], type(u * 2).__name__, type("%s" % u).__name__, len(u))


class Stack(list):
    def __init__(self, *items):
        super().__init__(items)

    def push(self, x):
        self.append(x)
        return self

    def __getitem__(self, i):
        r = super().__getitem__(i)
        return Stack(*r) if isinstance(i, slice) else r


st = Stack(1, 2, 3).push(4)
print(st, type(st[1:3]).__name__, st[1:3], st[0], type(st + [5]).__name__, type(st * 2).__name__, type(st.copy()).__name__)
st += [9]
print(type(st).__name__, st, sorted(st, reverse=True), type(sorted(st)).__name__)


class LoggingDict(dict):
    def __setitem__(self, k, v):
        print(f"  set {k!r}")
        super().__setitem__(k, v)


ld = LoggingDict()
ld["a"] = 1
ld.update(b=2)
ld.setdefault("c", 3)
dict.__setitem__(ld, "d", 4)
print(sorted(ld.items()), type(ld.copy()).__name__, type(ld | {}).__name__, type(LoggingDict.fromkeys("xy")).__name__)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __add__(self, o):
        return Point(self[0] + o[0], self[1] + o[1])


p = Point(1, 2) + Point(3, 4)
print(p, p.x, type(p).__name__, type(p[:1]).__name__, p == (4, 6), hash(p) == hash((4, 6)))


class FSet(frozenset):
    pass


fs = FSet([1, 2]) | {3}
print(type(fs).__name__, type(FSet([1]).copy()).__name__, FSet([1]) == frozenset([1]))


class Money(float):
    def __str__(self):
        return f"${self:.2f}"


m = Money(3.5)
print(m, str(m + 1), repr(m), f"{m}", format(m, ".1f"), [m], type(round(m)).__name__)


class B(bytes):
    pass


b = B(b"abc")
print(b, type(b.upper()).__name__, type(b + b"x").__name__, type(b[0]).__name__, bytes(b) == b)
for cls, args in ((Tagged, ("x",)), (Upper, (5,)), (Point, (1,))):
    try:
        cls(*args)
    except (TypeError, ValueError, AttributeError) as e:
        print(cls.__name__, type(e).__name__ + ":", e)
