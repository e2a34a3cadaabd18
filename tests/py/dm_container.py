# The container protocol: __getitem__ with ints and slices, __setitem__,
# __delitem__, __contains__, __iter__, __reversed__, __missing__, and the
# fallbacks Python uses when some are missing.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [0] * (w * h)

    def _index(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError(f"Grid indices must be (x, y) pairs, not {type(key).__name__}")
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return y * self.w + x

    def __getitem__(self, key):
        return self.cells[self._index(key)]

    def __setitem__(self, key, value):
        self.cells[self._index(key)] = value

    def __delitem__(self, key):
        self.cells[self._index(key)] = 0

    def __len__(self):
        return self.w * self.h

    def __iter__(self):
        for y in range(self.h):
            yield self.cells[y * self.w:(y + 1) * self.w]

    def __contains__(self, value):
        return value in self.cells


g = Grid(3, 2)
g[0, 0] = 5
g[2, 1] = 7
g[1, 0] += 3
print(list(g), len(g), 7 in g, 8 in g)
del g[0, 0]
print(list(g))
for key in ((5, 5), 3, (1,)):
    try:
        g[key]
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)


class Seq:
    """Only __getitem__ and __len__: iteration, reversed, in and unpacking still work."""

    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = Seq("a", "b", "c")
print(list(s))
print("b" in s)
print(list(reversed(s)))
x, y, z = s
print(x, y, z)
print(s[0:2], s[::-1])


class Rev:
    def __iter__(self):
        return iter([1, 2, 3])

    def __reversed__(self):
        return iter(["custom", "reversed"])


print(list(reversed(Rev())), 2 in Rev(), sorted(Rev(), reverse=True))


class NoIter:
    __iter__ = None


try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
try:
    1 in NoIter()
except TypeError as e:
    print("TypeError:", e)


class NoRev:
    def __getitem__(self, i):
        return i

    __reversed__ = None


try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(iter([1]))
except TypeError as e:
    print("TypeError:", e)


class Defaults(dict):
    def __missing__(self, key):
        print("  missing", key)
        value = self[key] = len(str(key))
        return value


d = Defaults(a=1)
print(d["a"], d["hello"], d[12345], d.get("zz", "get-ignores-missing"), "zz" in d)
print(sorted(d.items(), key=str))


class Slicer:
    def __getitem__(self, key):
        return key


sl = Slicer()
print(sl[1], sl[1:2], sl[::3], sl[1:2, 3], sl[...], sl[:, None], sl["a":"b":"c"], sl[()])
print(sl[-1], sl[1, ], sl[:])


class Mapping:
    def __init__(self):
        self.data = {"x": 1, "y": 2}

    def keys(self):
        return iter(sorted(self.data))

    def __getitem__(self, k):
        return self.data[k] * 10


print(dict(Mapping()), {**Mapping()}, dict(Mapping(), z=3))


def show(**kw):
    return kw


print(show(**Mapping()))
try:
    {**[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    Seq()["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    object()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    del object()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    x = object()
    x[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(Slicer())
except TypeError as e:
    print("TypeError:", e)
