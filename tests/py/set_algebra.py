# The set operators, their in-place forms and the comparisons, between
# sets and frozensets of every size: results, result types and the order
# the results iterate in (CPython builds each result in a specific way:
# which operand is copied, which one is walked).
evens = set(range(0, 40, 2))
threes = set(range(0, 40, 3))
print(evens | threes)
print(evens & threes)
print(evens - threes)
print(threes - evens)
print(evens ^ threes)
print(threes ^ evens)

# The smaller operand is walked for &, so the result's order follows it.
small = {33, 1, 65, 97}
large = set(range(200))
print(small & large, large & small)
print(small - large, large - small == set(range(200)) - small)
print(len(large - small), len(large ^ small))

# Result types follow the left operand.
f = frozenset({1, 2, 3})
s = {3, 4}
print(f | s, s | f, f & s, s & f, f - s, s - f, f ^ s, s ^ f)
print(f | f, f & f, f - f, f ^ f)
g = f
g |= {9}
print(g, f, g is f)
h = s
h |= {9}
print(h, s, h is s)

# In-place forms mutate the set and keep its identity.
t = {1, 2, 3, 4, 5, 6}
u = t
t &= {2, 4, 6, 8}
print(t, u is t)
t -= {4}
print(t, u is t)
t ^= {6, 7}
print(t, u is t)
t |= frozenset({100, 200})
print(t, u is t)
t -= t
print(t, u is t)
t |= t
print(t)
t = {1, 2}
t ^= t
print(t)
t = {5, 6}
t &= t
print(t)

# Chains and mixes.
a = {1, 2, 3}
b = {2, 3, 4}
c = {3, 4, 5}
print(a | b | c, a & b & c, a - b - c, a ^ b ^ c, (a | b) - (b & c))
print({1, 2} | set() | frozenset(), frozenset() | set())

# Comparisons are the subset relations.
print(a <= a, a < a, a >= a, a > a, a == a, a != a)
print({1} < a, {1} <= a, a > {1}, a >= {1}, {1, 9} < a, a > {1, 9})
print(set() < a, set() <= set(), set() < set(), frozenset() == set())
print(a == {3, 2, 1}, a != {1, 2}, a == frozenset(a), frozenset(a) == a)
print(a == [1, 2, 3], a != (1, 2, 3), a == 1)
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} <= {1, 3}, {1, 2} >= {1, 3})
print(f < {1, 2, 3, 4}, f <= {1, 2, 3}, frozenset({1}) < frozenset({1, 2}))

# Many deletions leave dummies; later insertions reuse them.
w = set(range(64))
w -= set(range(0, 64, 2))
print(w)
w |= {0, 64, 128, 2, 66}
print(w)
w ^= set(range(10))
print(w)
w &= set(range(1, 200, 5))
print(w)

# Growth while adding to a set with removed items.
grow = {0, 8}
grow -= {0}
grow |= {16}
print(grow)
grow = set()
for i in range(50):
    grow |= {i * 37 % 101}
    if i % 3 == 0:
        grow -= {i}
print(grow, len(grow))

# Frozensets as items: sets of sets.
family = {frozenset({1, 2}), frozenset({2, 3}), frozenset({1, 2})}
print(family, len(family))
print(frozenset({1, 2}) in family, {2, 3} in family, {9} in family)
union_all = set()
for member in family:
    union_all |= member
print(union_all)

# Tuples as items.
pairs = {(x, y) for x in range(4) for y in range(4) if x < y}
print(pairs)
print(pairs & {(0, 1), (1, 0), (2, 3)}, (1, 3) in pairs)
