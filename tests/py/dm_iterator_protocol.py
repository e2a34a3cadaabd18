# The iterator protocol: __iter__/__next__, StopIteration ends loops and
# consumers, iter(callable, sentinel), exhausted iterators stay exhausted,
# next() with a default, and errors from bad __iter__ results.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), list(c))
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)), tuple(Countdown(2)))
print(dict(zip(Countdown(3), "abc")), set(Countdown(3)) == {1, 2, 3}, "-".join(map(str, Countdown(4))))
a, b, *rest = Countdown(5)
print(a, b, rest)
print([x * 10 for x in Countdown(3)], 2 in Countdown(3), 7 in Countdown(3))


class Range2:
    """An iterable (not an iterator): each iter() starts over."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1


r = Range2(3)
print(list(r), list(r), [(x, y) for x in r for y in r if x < y])
it = iter(r)
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)


class BadIter:
    def __iter__(self):
        return 42


class NotIterator:
    def __iter__(self):
        return self


for obj in (BadIter(), NotIterator()):
    try:
        for _ in obj:
            pass
    except TypeError as e:
        print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)

calls = [0]


def tick():
    calls[0] += 1
    return calls[0]


print(list(iter(tick, 5)))
data = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(data), "")))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    iter()
except TypeError as e:
    print("TypeError:", e)


class StopWithValue:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("payload")


print(list(StopWithValue()))
try:
    next(StopWithValue())
except StopIteration as e:
    print("value:", e.value, e.args)


class RaisesMidway:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("broken at 3")
        return self.i


got = []
try:
    for v in RaisesMidway():
        got.append(v)
except ValueError as e:
    print("ValueError:", e, got)

it = iter([1, 2, 3])
print(iter(it) is it, list(it), list(it))
lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.append(4)
print(list(li))
li2 = iter(lst)
lst.clear()
print(list(li2))
s = "héllo"
si = iter(s)
print(next(si), next(si), "".join(si))
d = {"a": 1, "b": 2}
print(list(iter(d)), list(iter(d.values())), list(iter(d.items())))
e = enumerate("xy", start=5)
print(next(e), list(e), list(e))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
m = map(lambda x: x * 2, Countdown(3))
print(next(m), list(m))
f = filter(None, [0, 1, "", "a", None, [], [0]])
print(list(f))
rv = reversed([1, 2, 3])
print(next(rv), list(rv))
rg = iter(range(0, 10, 3))
print(list(rg), list(iter(range(5, 0, -2))))
