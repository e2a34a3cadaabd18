# range and slice: attributes, methods, construction errors, slicing.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for r in (range(5), range(2, 9), range(10, 0, -3), range(0), range(-5, 5, 4), range(3, 3)):
    print(r, r.start, r.stop, r.step, len(r), list(r), list(reversed(r)), list(r.__reversed__()), bool(r),
          r.count(3), 3 in r, r.__reduce__())
r = range(1, 100, 7)
print(r.index(50), r[3], r[-1], r[2:5], r[::-1], r[::2], r[100:], r.index(True), r.count(1.0), 1.0 in r)
check("index missing", lambda: r.index(51))
check("index float", lambda: r.index(50.5))
check("index str", lambda: r.index("x"))
check("index big", lambda: r.index(2 ** 80))
check("getitem", lambda: r[100])
check("getitem str", lambda: r["a"])
check("no args", lambda: range())
check("four args", lambda: range(1, 2, 3, 4))
check("zero step", lambda: range(1, 2, 0))
check("float arg", lambda: range(1.5))
check("kw", lambda: range(stop=3))
check("set start", lambda: setattr(r, "start", 1))
check("hash", lambda: hash(range(3)) == hash(range(0, 3, 1)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1), range(3) != range(4), range(1, 2).__len__())
it = iter(range(10))
next(it)
next(it)
print(it.__length_hint__(), list(it)[:3], it.__length_hint__())
rit = reversed(range(4))
print(rit.__length_hint__(), list(rit))
print(sum(range(101)), max(range(-3, 3)), sorted(range(5), reverse=True), [x * x for x in range(0, 20, 5)])

s = slice(2, 10, 3)
print(s, s.start, s.stop, s.step, s.indices(8), s.indices(100), s.__reduce__())
for t in (slice(None), slice(5), slice(-3, None), slice(None, None, -1), slice(-100, 100, 2), slice(5, 1, -2)):
    print(t, t.indices(10), t.indices(0), list(range(10))[t], "abcdefghij"[t] if False else "")
check("indices neg", lambda: slice(1).indices(-1))
check("indices zero step", lambda: slice(1, 2, 0).indices(5))
check("indices str", lambda: slice("a").indices(5))
check("indices float len", lambda: slice(1).indices(2.5))
check("slice none", lambda: slice())
check("slice four", lambda: slice(1, 2, 3, 4))
check("slice kw", lambda: slice(stop=1))
check("slice hash", lambda: hash(slice(1)))
check("slice set", lambda: setattr(s, "stop", 3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice("a", [1]), slice(1, 2, 3).start + 1)
data = list(range(20))
print(data[slice(3, 15, 4)], data[slice(None, None, -5)], tuple(data)[slice(2, 5)])
data[slice(0, 4)] = ["x"]
del data[slice(0, None, 3)]
print(data)
