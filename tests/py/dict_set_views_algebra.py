# dict views: keys()/items() support set algebra with any iterable, values()
# does not; views are live; comparisons, containment of unhashable items,
# reversed(), mapping attribute; set/frozenset operators vs methods (methods
# accept any iterable, operators need sets), and result types.
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 3, "d": 4}
k, it, v = d.keys(), d.items(), d.values()
print(sorted(k & e.keys()), sorted(k | e.keys()), k - e.keys(), sorted(k ^ e.keys()))
print(it & e.items(), sorted(it - e.items()), sorted(it | {("z", 0)}))
print(k & ["a", "x"], sorted(k | "xy"), sorted(k - {"a"}), ["a", "b"] & k if False else {"a"} & k)
print(type(k & e.keys()).__name__, type(it - e.items()).__name__)
print(k == {"a", "b", "c"}, k == ["a", "b", "c"], it == {("a", 1), ("b", 2), ("c", 3)}, k <= {"a", "b", "c", "d"})
print(k < {"a", "b", "c"}, k > {"a"}, k.isdisjoint(["x", "y"]), it.isdisjoint({("a", 2)}))
print(("a", 1) in it, ("a", 2) in it, ["a", 1] in it, ("a", [1]) in it, "a" in k)
try:
    print({"x": 1}.items() & [[1, 2]])
except TypeError as e:
    print("TypeError:", e)
try:
    v & v
except TypeError as e:
    print("TypeError:", e)
print(v == v, v == d.values(), list(v))
d["e"] = 5
print(len(k), list(k), list(reversed(k)), list(reversed(it))[0], list(reversed(v)))
del d["a"]
print(list(k), k.mapping == d, type(k.mapping).__name__)
print(repr(k), repr(it)[:30], repr(v))
s, fs = {1, 2, 3}, frozenset([3, 4])
print(s | fs, fs | s, type(s | fs).__name__, type(fs | s).__name__, type(fs & s).__name__)
print(s.union([9], (8,)), s.intersection(range(2, 10)), s.difference("ab"), s.symmetric_difference([3, 5]))
for expr in ("s | [4]", "s & (1,)", "s - 'a'", "fs ^ [1]", "s <= [1, 2, 3]", "s < range(5)"):
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)
print(s.issubset(range(10)), s.issuperset([1]), fs.isdisjoint([1, 2]), s <= s, s < s, frozenset() < fs)
t = set(s)
t |= fs
t &= {1, 3, 4, 7}
t -= {1}
t ^= {9, 3}
print(sorted(t))
u = set("abc")
u.update("de", ["f"])
u.intersection_update("abcdefgh", "aceg")
u.difference_update(["a"])
u.symmetric_difference_update("zc")
print(sorted(u))
print({1, 2} == frozenset({1, 2}), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), {frozenset({1}): "ok"}[frozenset([1])])
print(set() == frozenset(), {(): 1}, frozenset([frozenset()]), set([1, 1.0, True]), {0, False, 0.0, -0.0})
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().remove(5)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {1}.add({2})
except TypeError as e:
    print("TypeError:", e)
print({1, 2}.discard(5), {1: 2}.keys() - {1}, dict.fromkeys("abc", 0).keys() ^ {"a"} == {"b", "c"})
# set containment of a set looks up the equivalent frozenset
print({1, 2} in {frozenset({1, 2})}, {frozenset({1})}.__contains__({1}))
ks = {}.keys()
print(ks | {1}, ks & {1}, not ks, len(ks))
od = dict(zip("xyz", range(3)))
print(sorted(od.items() - {("y", 1)}), dict(od.items() - {("y", 1)}) == {"x": 0, "z": 2})
print(sorted(od.keys() | "ab"), list(map(sorted, [od, {3, 1, 2}])))
