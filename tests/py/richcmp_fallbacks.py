# Rich comparisons: reflection (a < b tries b > a), the subclass-first rule,
# __eq__ default identity, __ne__ derived from __eq__, NotImplemented at both
# ends, chained comparisons evaluating operands once, and list/tuple comparisons
# delegating to the elements.
class C:
    def __init__(self, name, v):
        self.name = name
        self.v = v

    def __repr__(self):
        return self.name

    def __lt__(self, other):
        print(f"  {self}.__lt__({other})")
        if isinstance(other, C):
            return self.v < other.v
        return NotImplemented

    def __gt__(self, other):
        print(f"  {self}.__gt__({other})")
        if isinstance(other, C):
            return self.v > other.v
        return NotImplemented

    def __eq__(self, other):
        print(f"  {self}.__eq__({other})")
        if isinstance(other, C):
            return self.v == other.v
        return NotImplemented

    __hash__ = None


class D(C):
    def __gt__(self, other):
        print(f"  {self}.__gt__({other}) [D]")
        return "D-gt"


a, b = C("a", 1), C("b", 2)
print(a < b)
print(a > b)
print(a == b, a != b)
print(a < D("d", 5))
print(a == 1, 1 == a, a != 1)
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 >= a
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
for op in ("<", "<=", ">", ">="):
    try:
        eval(f"p {op} q")
    except TypeError as e:
        print("TypeError:", e)


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


print(EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2))
print(EqOnly.__hash__)


class Counter:
    calls = 0

    def __init__(self, v):
        self.v = v

    def val(self):
        Counter.calls += 1
        return self.v


c = Counter(5)
print(1 < c.val() < 10, Counter.calls)
print(1 < c.val() > 10, Counter.calls)
print(10 < c.val() < c.val(), Counter.calls)  # short circuit


class Weird:
    def __eq__(self, other):
        return "yes"

    def __ne__(self, other):
        return 0

    def __lt__(self, other):
        return [1]


w = Weird()
print(w == 1, w != 1, w < 1)
print(1 < 2 < 3 < 4 > 2)
if w < 3:
    print("truthy list")

# containers compare elements with ==, identity first
nan = float("nan")
print([nan] == [nan], nan == nan, (nan,) == (nan,), [float("nan")] == [float("nan")])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] < [0])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) < [1, 2]
except TypeError as e:
    print("TypeError:", e)
print((1, 2) == [1, 2], {1: 2} == {1: 2.0}, {1, 2} == frozenset([2, 1]))
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print("TypeError:", e)
print({1} < {1, 2}, {1, 2} <= {1, 2}, {3} > set(), {1} < {2})
try:
    None < None
except TypeError as e:
    print("TypeError:", e)
try:
    1j < 2j
except TypeError as e:
    print("TypeError:", e)
print(1 == 1.0 == True, "a" < "b" < "c", b"a" < b"b")
try:
    "a" < b"a"
except TypeError as e:
    print("TypeError:", e)
print(max([C("x", 3), C("y", 9), C("z", 4)]))
