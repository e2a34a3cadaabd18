# Special methods are looked up on the type, not the instance: instance
# attributes named like dunders are ignored by operators and builtins;
# assigning a dunder on the class later takes effect at once; __class__
# assignment changes behaviour; deleting a dunder from the class removes
# the operation; dunders inherited through several bases.
class Box:
    def __init__(self, v):
        self.v = v


b = Box(3)
b.__len__ = lambda: 99
b.__repr__ = lambda: "instance repr"
b.__add__ = lambda o: "instance add"
try:
    len(b)
except TypeError as e:
    print("TypeError:", e)
print(repr(b).startswith("<__main__.Box object"), b.__len__())
try:
    b + 1
except TypeError as e:
    print("TypeError:", e)
Box.__len__ = lambda self: self.v
Box.__add__ = lambda self, o: Box(self.v + o)
Box.__repr__ = lambda self: f"Box({self.v})"
print(len(b), b + 4, repr(b), str(b), f"{b}", [b])
del Box.__add__
try:
    b + 1
except TypeError as e:
    print("TypeError:", e)
Box.__eq__ = lambda self, o: isinstance(o, Box) and self.v == o.v
print(Box(1) == Box(1), Box(1) != Box(2), Box.__hash__)
Box.__hash__ = lambda self: hash(self.v)
print(len({Box(1), Box(1), Box(2)}))
Box.__bool__ = lambda self: self.v > 10
print(bool(Box(3)), bool(Box(30)))
Box.__getitem__ = lambda self, i: self.v * i
Box.__iter__ = None
print(Box(2)[5])
try:
    list(Box(2))
except TypeError as e:
    print("TypeError:", e)
Box.__call__ = lambda self, *a: ("called", a)
print(Box(0)(1, 2))
Box.__contains__ = lambda self, x: x == self.v
print(3 in Box(3), 4 in Box(3))


class Loud:
    def __repr__(self):
        return "Loud"

    def speak(self):
        return "LOUD"


class Quiet:
    def __repr__(self):
        return "Quiet"

    def speak(self):
        return "quiet"


x = Loud()
print(x, x.speak())
x.__class__ = Quiet
print(x, x.speak(), type(x).__name__, isinstance(x, Quiet))
try:
    x.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)


class SlotA:
    __slots__ = ("a",)


class SlotB:
    __slots__ = ("b",)


try:
    SlotA().__class__ = SlotB
except TypeError as e:
    print("TypeError:", e)


class A:
    def __add__(self, o):
        return "A.add"


class B:
    def __radd__(self, o):
        return "B.radd"

    def __len__(self):
        return 7


class C(A, B):
    pass


c = C()
print(c + 1, 1 + c, len(c), C.__add__ is A.__add__, C.__mro__[1:3])
A.__add__ = lambda self, o: "patched"
print(c + 1)


class Meta(type):
    def __len__(cls):
        return len(cls.__name__)

    def __getitem__(cls, key):
        return f"{cls.__name__}[{key}]"

    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"


class Thing(metaclass=Meta):
    def __len__(self):
        return 1


print(len(Thing), len(Thing()), Thing["x"], repr(Thing), Thing)
print(type.__repr__(Thing))


class WithGetattr:
    def __getattr__(self, name):
        return lambda *a: f"getattr:{name}"


w = WithGetattr()
print(w.__len__(), w.anything())
try:
    len(w)
except TypeError as e:
    print("TypeError:", e)
class S1: __slots__ = ("a", "b")
class S2: __slots__ = ("b", "a")
class S3: __slots__ = ("a", "c")
class S4: __slots__ = ("a", "b", "__dict__")
class S5: __slots__ = ("b", "a", "__dict__")
class P1: pass
class P2: pass
class D1(dict): pass
class D2(dict): pass
class L(list): pass
for a, b in [(S1, S2), (S1, S3), (S4, S5), (S1, S4), (P1, P2), (P1, S4), (D1, D2), (D1, L), (P1, D1)]:
    o = a()
    try:
        o.__class__ = b
        print(a.__name__, "->", b.__name__, "ok")
    except TypeError as e:
        print(a.__name__, "->", b.__name__, e)
