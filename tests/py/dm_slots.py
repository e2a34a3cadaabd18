# __slots__: no instance dict, slot descriptors on the class, inheritance
# with and without slots, __dict__ in slots, defaults conflicting with
# slots, and the error messages.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), type(P.x).__name__, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p.y, P.x.__get__(p), P.y.__name__)


class P3(P):
    __slots__ = ("z",)


q = P3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))


class Loose(P):
    pass


lo = Loose(1, 2)
lo.anything = 9
print(lo.anything, lo.__dict__)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)


class Single:
    __slots__ = "only"


s = Single()
s.only = "one"
print(s.only, Single.__slots__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class BadSlot:
        __slots__ = ("not valid",)
except TypeError as e:
    print("TypeError:", e)
try:
    class BadSlot2:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    class DupDict:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError:", e)


class Empty:
    __slots__ = ()


try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)


class Vec:
    __slots__ = ("_x", "_y")

    def __init__(self, x, y):
        self._x, self._y = x, y

    @property
    def x(self):
        return self._x

    def __repr__(self):
        return f"Vec({self._x}, {self._y})"

    def __eq__(self, other):
        return (self._x, self._y) == (other._x, other._y)

    def __hash__(self):
        return hash((self._x, self._y))


print(Vec(1, 2), Vec(1, 2) == Vec(1, 2), len({Vec(1, 2), Vec(1, 2), Vec(2, 1)}), Vec(3, 4).x)
try:
    Vec(1, 2).x = 5
except AttributeError as e:
    print("AttributeError:", e)


class Mangled:
    __slots__ = ("__secret",)

    def __init__(self):
        self.__secret = "s"

    def reveal(self):
        return self.__secret


m = Mangled()
print(m.reveal(), Mangled.__slots__, "_Mangled__secret" in dir(Mangled))
try:
    class IntSlots(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)


class TupleSub(tuple):
    __slots__ = ()


print(TupleSub((1, 2)), hasattr(TupleSub(), "__dict__"))


class Nums:
    __slots__ = ["a", "b"]


n = Nums()
n.a = 1
print(n.a, getattr(n, "b", "unset"), [k for k in ("a", "b") if hasattr(n, k)])


class DictSlots:
    __slots__ = {"first": "doc of first", "second": None}


print(DictSlots.first.__doc__, sorted(DictSlots.__slots__))
d = DictSlots()
d.first = 1
print(d.first)
print(vars(w), sorted(k for k in P.__dict__ if not k.startswith("__")))
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
class A:
    __slots__ = ('a', 'a', 'b')
x = A()
x.a = 1
x.b = [2]
print(A.__slots__, x.a, x.b, type(A.a).__name__)
del x.a
try: x.a
except AttributeError as e: print(e)
x.a = "again"
print(x.a)
