# The hash() and sorted() builtins.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 64), hash(10 ** 40))
print(hash(1.5), hash(-0.5), hash(2.0), hash(1e300), hash(True), hash(False))
print(hash((1, 2, 3)), hash(((1,), (2,))), hash((1.0, True)) == hash((1, 1)))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(range(3)) == hash(range(0, 3)))
print(hash("abc") == hash("ab" + "c"), hash("") == hash(""))

print(sorted([3, 1, 2]), sorted((5, -1, 0)), sorted(range(5), reverse=True), sorted([]))
print(sorted({9, 2, 7, 4}), sorted(frozenset({"b", "a", "c"})), sorted("hello"))
print(sorted([-3, 1, -2, 4], key=lambda x: x * x), sorted([1, 2, 3], key=None, reverse=1))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([1.5, 1, True, 0.5]))
words = ["pear", "Fig", "apple", "fig"]
print(sorted(words), sorted(words, key=lambda w: len(w)), sorted(words, reverse=True))
original = [3, 2, 1]
copy = sorted(original)
print(original, copy, copy is original)


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("no args", lambda: sorted())
attempt("two args", lambda: sorted([1], [2]))
attempt("bad keyword", lambda: sorted([1], x=1))
attempt("iterable keyword", lambda: sorted(iterable=[1]))
attempt("reverse str", lambda: sorted([1], reverse="yes"))
attempt("reverse float", lambda: sorted([1], reverse=1.0))
attempt("mixed", lambda: sorted([1, "a"]))
attempt("not iterable", lambda: sorted(5))
attempt("hash list", lambda: hash([1]))
attempt("hash dict", lambda: hash({}))
attempt("hash set", lambda: hash(set()))
attempt("hash tuple with list", lambda: hash((1, [2])))
attempt("hash no args", lambda: hash())
attempt("hash two args", lambda: hash(1, 2))
