# Star unpacking in every position: assignment targets, nested targets, for
# loops, function calls (several * and **), displays, dict merging order,
# the errors for wrong counts, and starred assignment from iterators.
a, *b, c = range(6)
print(a, b, c)
*init, last = "hello"
print(init, last)
first, *rest = [1]
print(first, rest)
(x, *y), z = "abc", "d"
print(x, y, z)
[p, [q, *r]] = [1, (2, 3, 4)]
print(p, q, r)
for i, (j, *k) in enumerate([(1, 2, 3), (4,), "xy"]):
    print(i, j, k)
head, *_, tail = iter(range(100))
print(head, tail)


def f(*args, **kwargs):
    return args, sorted(kwargs.items())


print(f(*[1, 2], 3, *(4,), *"ab"))
print(f(**{"a": 1}, b=2, **{"c": 3}))
print(f(*range(2), x=1, *[9], **dict(y=2)))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
print([*range(3), *"ab", *{"k": 1}], (*[1], *[2]), {*[1, 2], *[2, 3]})
print({**{"a": 1, "b": 2}, "b": 3, **{"a": 4}}, {"x": 0, **{}})
print([*[], *()], (*(),), *[1, 2], sep="|")
for bad in ("a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "a, b = 1", "(a, b), c = [1, 2], 3",
            "[a] = []"):
    try:
        exec(bad, {})
    except (ValueError, TypeError) as e:
        print(bad, "->", type(e).__name__ + ":", e)


def gen():
    yield from (1, 2, 3)


a, b, c = gen()
print(a, b, c)
*all_, = gen()
print(all_)
m = {"one": 1, "two": 2}
k1, k2 = m
print(k1, k2)
(v1, v2), = [m.values()]
print(v1, v2)
s = "x=1;y=2;z=3"
pairs = dict(item.split("=") for item in s.split(";"))
print(pairs)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [*zip(*zip(*matrix))])
first, second, *others = sorted({5, 3, 9, 1})
print(first, second, others)
i = 0
data = [0, 0, 0]
i, data[i] = 1, "set"  # left to right: i is rebound first
print(i, data)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)


class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


a, b, c = Seq()
print(a, b, c)
print(max(*[3, 7, 2]), min(*"zyx"), "{}-{}".format(*"ab"), "%s/%s" % (*"cd",))
print(dict(**{"a": 1}, **{"b": 2}), list(map(lambda *a: a, *[[1, 2], [3, 4]])))
