# Binary operators: reflected methods, NotImplemented fallbacks, the rule that a
# right operand whose type is a subclass (overriding the reflected method) goes
# first, in-place operators falling back to the plain ones, and the TypeError
# messages when nothing applies.
class V:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"{type(self).__name__}({self.x})"

    def __add__(self, other):
        print(f"  {self!r}.__add__({other!r})")
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented

    def __radd__(self, other):
        print(f"  {self!r}.__radd__({other!r})")
        if isinstance(other, int):
            return V(other + self.x)
        return NotImplemented

    def __sub__(self, other):
        return NotImplemented

    def __rsub__(self, other):
        return NotImplemented


class W(V):
    def __radd__(self, other):
        print(f"  {self!r}.__radd__({other!r}) [subclass]")
        return W(other.x * 100 + self.x)


class W2(V):
    pass  # does not override __radd__: no priority


print(V(1) + V(2))
print(3 + V(4))
print(V(4) + 3)
print(V(1) + W(2))
print(V(1) + W2(2))
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + V(1)
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) - V(2)
except TypeError as e:
    print("TypeError:", e)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        print("  __iadd__", other)
        if other == "no":
            return NotImplemented
        self.items.append(other)
        return self

    def __add__(self, other):
        print("  __add__", other)
        r = Acc()
        r.items = self.items + ["+" + str(other)]
        return r


a = Acc()
b = a
a += 1
print(a is b, a.items)
a += "no"
print(a is b, a.items)

# in-place on immutable falls back to the binary op and rebinds
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
l = [1]
m = l
l += (2, 3)
print(l, m is l)
try:
    l + (4,)
except TypeError as e:
    print("TypeError:", e)


class OnlyR:
    def __rmul__(self, other):
        return f"rmul({other!r})"

    def __rpow__(self, other):
        return f"rpow({other!r})"

    def __rmatmul__(self, other):
        return f"rmatmul({other!r})"

    def __rfloordiv__(self, other):
        return f"rfloordiv({other!r})"

    def __rlshift__(self, other):
        return f"rlshift({other!r})"

    def __rand__(self, other):
        return f"rand({other!r})"


o = OnlyR()
print(2 * o, [1] * o, 2 ** o, 3 @ o, 7 // o, 1 << o, 5 & o)
x = 5
x *= o
print(x)
for expr in ("o * 2", "o @ o", "o ** 2", "-o", "~o", "abs(o)", "o < 1", "divmod(o, 1)", "pow(2, o, 5)"):
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)


# a reflected op returning NotImplemented on both sides
class N:
    def __eq__(self, other):
        return NotImplemented

    def __lt__(self, other):
        return NotImplemented

    def __mul__(self, other):
        return NotImplemented

    __rmul__ = __mul__


n1, n2 = N(), N()
print(n1 == n1, n1 == n2, n1 != n2)
try:
    n1 < n2
except TypeError as e:
    print("TypeError:", e)
try:
    n1 * n2
except TypeError as e:
    print("TypeError:", e)


# int subclass overriding __radd__ gets priority over int
class MyInt(int):
    def __radd__(self, other):
        return f"MyInt.__radd__({other})"

    def __add__(self, other):
        return f"MyInt.__add__({other})"


print(1 + MyInt(2))
print(MyInt(2) + 1)
print(True + MyInt(5))
try:
    sum([2, MyInt(1)], 0)
except TypeError as e:
    print("TypeError:", e)


class F(float):
    def __rtruediv__(self, other):
        return "F.__rtruediv__"


print(1 / F(2.0), 1.5 / F(2.0), F(1.0) / 2)
