# dict displays, items, len, in, del, counting, KeyError, nesting.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["b"], len(d), "a" in d, "z" in d)
del d["a"]
print(d)
counts = {}
for w in ("x", "y", "x", "z", "x"):
    if w in counts:
        counts[w] = counts[w] + 1
    else:
        counts[w] = 1
print(counts)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
nested = {1: {2: [3, (4,)]}}
print(nested, nested[1][2][1][0])
