# dict semantics that depend on insertion order: deletion and reinsertion,
# popitem LIFO, update order, views and reversed(), == ignoring order,
# | and |= merges, setdefault/fromkeys with shared values, keys views as
# sets, mutation during iteration errors, and dict subclasses.
d = {"b": 1, "a": 2, "c": 3}
del d["a"]
d["a"] = 4
print(d, list(d), list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
d["b"] = 10
print(d, d.popitem(), d.popitem(), d)
x = {1: "one", 2: "two"}
x.update([(3, "three"), (1, "uno")], four=4)
print(x, {1: 1, 2: 2} == {2: 2, 1: 1}, list({1: 1, 2: 2}) == list({2: 2, 1: 1}))
a, b = {"x": 1, "y": 2}, {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b})
a |= b
a |= [("w", 0)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
shared = dict.fromkeys("abc", [])
shared["a"].append(1)
print(shared, dict.fromkeys([1, 2]), dict.fromkeys(range(3), 0))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
k1, k2 = {"a": 1, "b": 2, "c": 3}.keys(), {"b": 0, "c": 0, "d": 0}.keys()
print(k1 & k2 == {"b", "c"}, sorted(k1 | k2), sorted(k1 - k2), sorted(k1 ^ k2), k1.isdisjoint({"z"}), "a" in k1)
items = {"a": 1}.items()
print(("a", 1) in items, ("a", 2) in items, items & {("a", 1)}, len(items), list(items))
vals = {"a": 1, "b": 1}.values()
print(list(vals), 1 in vals, vals == vals, type(vals).__name__)
m = {i: i for i in range(5)}
for key in list(m):
    if key % 2:
        del m[key]
print(m)
try:
    for key in m:
        m[key + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in m:
        del m[key]
except RuntimeError as e:
    print("RuntimeError:", e)
m = {1: 1}
it = iter(m)
m[2] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
m = {1: 1, 2: 2}
vi = iter(m.values())
m.pop(1)
m[1] = 1
try:
    next(vi)
except RuntimeError as e:
    print("RuntimeError:", e)


class Ordered(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end = None


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, items):
        for it in items:
            self[it] += 1
        return self


c = Counter().add("mississippi")
print(c, c["z"], "z" in c, sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
print(dict(c), type(c.copy()).__name__, type(c | {}).__name__, Counter.fromkeys("ab", 1), type(Counter.fromkeys("a")).__name__)
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], sum(big))
big.clear()
print(big, len(big))
nested = {"a": {"b": {"c": 1}}}
copy = nested.copy()
copy["a"]["b"]["c"] = 2
print(nested, nested is not copy, repr({1: {2: {3: {}}}}), str({"k": "v'q"}))
