# Operator overloading: reflected operators, subclass priority, in-place forms, comparisons.
class V:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return "V" + repr(tuple(self.xs)).replace(",)", ")") if False else "V" + repr(tuple(self.xs))
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.xs, o.xs)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.xs])
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.xs, o.xs)])
    def __mul__(self, k):
        return V(*[a * k for a in self.xs])
    __rmul__ = __mul__
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.xs, o.xs))
    def __truediv__(self, k):
        return V(*[a / k for a in self.xs])
    def __floordiv__(self, k):
        return V(*[a // k for a in self.xs])
    def __mod__(self, k):
        return V(*[a % k for a in self.xs])
    def __pow__(self, k, mod=None):
        return V(*[(a ** k) % mod if mod else a ** k for a in self.xs])
    def __neg__(self):
        return V(*[-a for a in self.xs])
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5
    def __invert__(self):
        return V(*reversed(self.xs))
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __iter__(self):
        return iter(self.xs)
    def __contains__(self, x):
        return x in self.xs
    def __eq__(self, o):
        return isinstance(o, V) and self.xs == o.xs
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __le__(self, o):
        return abs(self) <= abs(o)
    def __bool__(self):
        return any(self.xs)
    def __iadd__(self, o):
        print("iadd")
        self.xs = [a + b for a, b in zip(self.xs, o.xs)]
        return self
    __hash__ = None

a = V(1, 2, 3)
b = V(4, 5, 6)
print(a + b, a - b, a * 2, 3 * a, a @ b, a / 2, b // 2, b % 4, a ** 2, a.__pow__(2, 5))
print(-a, +a, abs(V(3, 4)), ~a, len(a), a[1], a[-1], list(a), 2 in a, 9 in a)
print(1 + a)
print(a == V(1, 2, 3), a != b, a < b, a <= b, a > b, a >= b, bool(V(0, 0)), bool(a))
a[0] = 10
del a[1]
print(a)
c = a
c += V(1, 1)
print(c, c is a)
try:
    hash(a)
except TypeError as e:
    print(e)
try:
    a + "x"
except TypeError as e:
    print(e)
try:
    "x" - a
except TypeError as e:
    print(e)
print(sorted([V(3), V(1), V(2)]))
print(max(V(3), V(5), V(1)), min([V(3), V(5)]))

class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
print(Base() + Derived(), Derived() + Base(), Base() + Base())

class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        return isinstance(o, Money) and o.c == self.c
    def __hash__(self):
        return hash(self.c)
    def __lt__(self, o):
        return self.c < o.c
    def __repr__(self):
        return "$%d" % self.c if False else f"${self.c}"
ms = [Money(5), Money(1), Money(3)]
ms.sort()
print(ms, Money(1) in ms, len({Money(1), Money(1), Money(2)}))
print(Money(1) > Money(0), Money(3) == 3, Money(3) != 3)

class NoEq:
    pass
x = NoEq()
print(x == x, x != x, x == NoEq(), hash(x) == hash(x))
try:
    x < x
except TypeError as e:
    print(e)

class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
for v in Seq():
    print(v, end=" ")
print()

class Idx:
    def __index__(self):
        return 2
print([1, 2, 3, 4][Idx()], "abcd"[Idx()])

class Callable:
    def __call__(self, *args, **kw):
        return (args, sorted(kw.items()))
print(Callable()(1, 2, k=3), callable(Callable()), callable(3))

class Ctx:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Ctx({self.n})"
    def __str__(self):
        return f"ctx{self.n}"
    def __format__(self, spec):
        return f"<{spec}:{self.n}>"
print(Ctx(1), str(Ctx(2)), repr(Ctx(3)), f"{Ctx(4)}", f"{Ctx(5):abc}", f"{Ctx(6)!r}", [Ctx(7)])
