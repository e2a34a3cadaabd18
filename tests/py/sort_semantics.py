# Sorting: stability (also with reverse=True), keys returning tuples,
# sorting objects that define only __lt__, mixed int/float, None keys
# failing, modification during sort, sorted() on every iterable kind, and
# min/max with key and default.
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted(sorted(records), key=lambda r: r[1]))


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return self.text


vs = [Version(v) for v in ["1.10", "1.2", "1.2.1", "0.9", "1.10.0", "1.1"]]
print(sorted(vs), max(vs), min(vs), sorted(vs, reverse=True))
print(sorted([3, 1.5, 2, -1, 2.0, True]), sorted(["b", "a", "B", "A"]), sorted(["b", "a", "B"], key=str.lower))
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted({5, 1, 3}), sorted(range(5, 0, -1)), sorted((x * x for x in range(-3, 3))))
try:
    sorted([1, None, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
data = [5, 3, 1]


def evil_key(x):
    data.append(x)
    return x


try:
    data.sort(key=evil_key)
except ValueError as e:
    print("ValueError:", e)
print(data[:3] if len(data) >= 3 else data)
lst = [3, 1, 2]
print(lst.sort(), lst, sorted(lst, key=lambda v: -v), list(reversed(lst)))
print(max([1, 5, 3], key=lambda v: -v), min("apple", "fig", "banana", key=len), max([], default="empty"),
      max([2, 2.0]), min([2.0, 2]), max("abc", "abd"), max([[1, 2], [1, 3]]), min((1, "z"), (1, "a")))
print(max([("a", 3), ("b", 3)], key=lambda p: p[1]), min([("a", 3), ("b", 3)], key=lambda p: p[1]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w), reverse=True))
print(sorted(set(words)) == sorted(dict.fromkeys(words)), sorted(words, key=words.count, reverse=True)[:2])
nums = [0.1, -0.0, 0.0, -1e-9, float("inf"), -float("inf")]
print(sorted(nums), sorted(nums, key=abs))
nan = float("nan")
print(sorted([3, 1, 2]), max(1, 2, 3), min(3, 1, 2), max(1, nan) if False else "nan skipped")
big = list(range(200, 0, -1))
big.sort(key=lambda v: v % 10)
print(big[:12])
pairs = [(i % 3, i) for i in range(12)]
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
print(sorted([[3, 1], [2], [], [2, 0]]), sorted([b"b", b"a"]), sorted([(2, 1), (1, 2, 3)]))
