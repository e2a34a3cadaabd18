# tuple: index, count, concatenation, repetition, slicing, tuple(...) forms,
# subclasses with __new__ and namedtuple-style classes with properties.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t = (1, 2, 3, 2, 1, [4])
print(t.index(2), t.index(2, 2), t.index(1, -2), t.index([4]), t.count(2), t.count(9), t.count([4]), (1, 1.0, True).count(1))
check("index missing", lambda: t.index(7))
check("index range", lambda: t.index(3, 3))
check("index no arg", lambda: t.index())
check("index bad bound", lambda: t.index(1, "x"))
check("count no arg", lambda: t.count())
print(t[1:3], t[::-1], t[::2], t[-2:], t[:], t[:] is t, t[5:1], t[10:])
check("index big", lambda: t[10])
check("index neg", lambda: t[-10])
check("index str", lambda: t["a"])
check("index float", lambda: t[1.0])
check("step zero", lambda: t[::0])
print(t[True], t[-1][0], (1, 2) + (3,), (1,) * 3, 3 * ("a", "b"), () * 5, (1, 2) * 0, (1, 2) * -1)
u = (1, 2)
print(u + () is u, () + u is u, u * 1 is u)
check("concat list", lambda: (1,) + [2])
check("mul float", lambda: (1,) * 2.0)
check("rmul str", lambda: "a" * (1,))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x * x for x in range(4)))
check("tuple two", lambda: tuple(1, 2))
check("tuple kw", lambda: tuple(x=1))
check("tuple int", lambda: tuple(1))
print(t.__getnewargs__(), t.__len__(), t.__contains__(3), t.__getitem__(0), (1, 2) < (1, 3), (1, 2) == (1, 2.0))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), len(((),)), ((1,),), (1, (2, (3,))))
check("unhashable", lambda: hash((1, [2])))
ti = iter((1, 2, 3))
next(ti)
print(ti.__length_hint__(), list(ti), ti.__length_hint__())


class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def distance2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
    def _replace(self, **kw):
        return Point(kw.get("x", self.x), kw.get("y", self.y))

p, q = Point(1, 2), Point(4, 6)
print(p, q, p + q, p.distance2(q), p == (1, 2), p < q, hash(p) == hash((1, 2)), p._replace(y=9))
x, y = q
print(x, y, q[0], q[-1], q[:1], type(q[:1]).__name__, len(q), list(q), sorted([q, p, Point(0, 9)]))
check("point attr", lambda: setattr(p, "z", 1))
check("point x set", lambda: setattr(p, "x", 1))
print({p: "p"}[(1, 2)], p in {(1, 2)}, type(p).__mro__)


class Record(tuple):
    def __new__(cls, *fields):
        return tuple.__new__(cls, fields)
    def total(self):
        return sum(self)

r = Record(3, 4, 5)
r.source = "csv"
print(r, r.total(), r.source, r.__dict__, type(r + (1,)).__name__, r * 2, r.count(4), r.index(5))


class Named(tuple):
    def __new__(cls, iterable=()):
        return super().__new__(cls, iterable)
    def __init__(self, iterable=()):
        self.size = len(self)

n = Named(range(5))
print(n, n.size, Named(), Named().size, tuple(n), type(tuple(n)).__name__)


class Pair(tuple):
    pass

pr = Pair([1, 2])
print(pr, type(pr).__name__, pr == (1, 2), Pair(), Pair(pr), type(Pair(pr)).__name__)
check("pair two args", lambda: Pair(1, 2))
check("new wrong type", lambda: tuple.__new__(int))
check("new list", lambda: tuple.__new__(list))
print(tuple.__new__(Pair, "ab"), type(tuple.__new__(Pair, "ab")).__name__)
