# Rich comparisons: NotImplemented fallbacks, reflection, subclass priority,
# identity fallback for ==, errors for ordering, chained comparisons.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        print(f"  Money.__eq__({self.cents}, {other!r})")
        if isinstance(other, Money):
            return self.cents == other.cents
        return NotImplemented

    def __lt__(self, other):
        print(f"  Money.__lt__({self.cents}, {other!r})")
        if isinstance(other, Money):
            return self.cents < other.cents
        if isinstance(other, int):
            return self.cents < other
        return NotImplemented

    def __le__(self, other):
        return self == other or self < other

    def __repr__(self):
        return f"M{self.cents}"

    __hash__ = None


a, b = Money(100), Money(250)
print(a == b, a != b, a < b, a > b, a <= Money(100))
print(a < 500, 500 > a)
print(a == "x")
print("x" == a)
print(a != "x")
try:
    a < "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" >= a
except TypeError as e:
    print("TypeError:", e)


class Rich(Money):
    def __gt__(self, other):
        print(f"  Rich.__gt__({self.cents}, {other!r})")
        return True

    def __eq__(self, other):
        print(f"  Rich.__eq__({self.cents}, {other!r})")
        return "rich-eq"


r = Rich(5)
print("subclass first:", a < r)
print("subclass eq first:", a == r)
print("plain:", r > a)


class NoCompare:
    pass


x, y = NoCompare(), NoCompare()
print(x == x, x == y, x != y, x != x)
for op in ("<", "<=", ">", ">="):
    try:
        eval(f"x {op} y")
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([NoCompare(), NoCompare()])
except TypeError as e:
    print("TypeError:", e)


def trace(v):
    print("  eval", v)
    return v


print(trace(1) < trace(2) < trace(3))
print(trace(1) < trace(0) < trace(3))
print(trace(3) > trace(2) == trace(2) != trace(5))
two = 2
print(1 < 2 > 1 < (two is not None) in [True])

print([1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [3] > [2, 9], "abc" < "abd", b"a" < b"b")
print([Money(1)] == [Money(1)])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) < [1, 2]
except TypeError as e:
    print("TypeError:", e)
print((1, 2) == [1, 2], {1: 2} == {1: 2}, {1, 2} <= {1, 2, 3}, {1} < {1})
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print("TypeError:", e)
nan = float("nan")
print(nan == nan, nan != nan, [nan] == [nan], nan in [nan], 1 == 1.0, 1 == 1 + 0j, True == 1)
try:
    1j < 2j
except TypeError as e:
    print("TypeError:", e)
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)


class AlwaysEq:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return "ne-result"


print(AlwaysEq() == 5, AlwaysEq() != 5, 5 != AlwaysEq(), 3 in [AlwaysEq()], [1, 2].index(AlwaysEq()))
print([1, 2, 3].count(AlwaysEq()))
