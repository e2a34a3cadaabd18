# set and frozenset: displays, comprehensions, constructors, repr, len,
# membership and iteration order (which depends on the table's growth and
# probing rules, so it must match CPython's exactly for ints and tuples).
print(set(), frozenset(), {1}, {3, 1, 2}, frozenset({5, 4}))
print({1, 2, 3, 4, 5}, {5, 4, 3, 2, 1}, {-1, -2, -3, 0, 1})
print(set(range(20)), set(range(19, -1, -1)))
print(set(range(0, 400, 7)))
print({x * x for x in range(-10, 11)})
print({x % 7 for x in range(100)}, {x for x in range(3) if x})

# Colliding keys: 8, 16, 24 ... all land in slot 0 of a small table.
a, b, c, d, e = 8, 16, 24, 32, 40
print({a, b, c}, {c, b, a}, {a, b, c, d, e}, {e, d, c, b, a})
print({8, 16, 24, 32, 40}, {40, 32, 24, 16, 8})
print({1, 17, 33, 49, 65}, {65, 49, 33, 17, 1})
print({1, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81})
for x in {1, 17, 33, 49, 65}:
    print(x, end=" ")
print()
print([x for x in {100, 200, 300, 400, 500, 600}])

# More than 30 items build item by item (CPython's stack limit for displays).
v = 3
big = {v, v + 1, v + 2, v + 3, v + 4, v + 5, v + 6, v + 7, v + 8, v + 9, v + 10, v + 11, v + 12, v + 13, v + 14,
       v + 15, v + 16, v + 17, v + 18, v + 19, v + 20, v + 21, v + 22, v + 23, v + 24, v + 25, v + 26, v + 27,
       v + 28, v + 29, v + 30, v + 31, v + 100, v + 200}
print(big, len(big))

# Mixed numbers: equal values are one item (the first one added stays).
print({1, 1.0, True}, {True, 1, 1.0}, {0, 0.0, False, -0.0}, {1.5, 2.5, 0.5})
print({2 ** 64, 2 ** 64 + 1, -2 ** 63, 10 ** 30}, {2 ** 61 - 1, 0, 2 ** 61})
print({-1, -2}, {-1.0, -2.0})
print(len({1, 1, 1}), len(set()), len({x // 3 for x in range(30)}))

# Tuples and frozensets as items.
print({(1, 2), (2, 1), (1, 2), (0, 0)})
edges = {(i, (i * 7) % 10) for i in range(10)}
print(edges)
print({frozenset({1, 2}), frozenset({2, 1}), frozenset()})
print(frozenset({frozenset({1}), frozenset({1, 2})}))

# Starred items.
xs = [3, 1, 2, 3]
print({*xs}, {*xs, 9}, {0, *xs}, {*xs, *range(5), *"", *(7, 8)}, {*()})

# Constructors from any iterable.
print(set([5, 5, 4]), set((1, 2)), set(range(5)), set(""))
print(frozenset(range(3)), frozenset([frozenset([1])]), set({1, 2}), set(frozenset({3})))
print(set({x: x for x in range(4)}))
f = frozenset({1, 2})
print(frozenset(f) is f, set(f) is f, frozenset(set(f)) == f)
print(frozenset() is frozenset(), frozenset([]) == frozenset())

# Membership, including a set looked up as the frozenset it equals.
s = {1, 2, 3}
print(1 in s, 4 in s, 4 not in s, 1.0 in s, True in s)
print({1} in {frozenset({1})}, set() in {frozenset()}, {2} in {frozenset({1})})
print(3 in {1, 2, 3}, 5 not in {1, 2, 3, 4, 5}, (1, 2) in {(1, 2), (3, 4)})

# Truth and equality.
print(bool(set()), bool({0}), set() == frozenset(), {1, 2} == frozenset({2, 1}))
if not set():
    print("empty is false")

# Iterating, nested.
total = 0
for x in {10, 20, 30}:
    for y in frozenset({1, 2}):
        total = total + x * y
print(total)

# hash(frozenset) is CPython's (independent of insertion order).
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))))
print(hash(frozenset({3, 2, 1})) == hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2), (3, 4)})))
print(hash(frozenset({frozenset({1}), frozenset({2})})), hash(frozenset({-1, -2})))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((frozenset(), 1.5)))

# Strings: their hashes differ between runs in CPython, so only
# order-independent facts are printed.
words = {"apple", "pear", "fig", "apple", "kiwi", "pear"}
print(len(words), sorted(words), "fig" in words, "plum" in words)
letters = {ch for ch in "mississippi"}
print(sorted(letters), len(letters))
print(sorted({"b", "a"} | {"c"}), {"a", "b"} == {"b", "a"})
