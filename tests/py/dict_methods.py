# Every dict method, dict(...) forms, | and |=, with CPython's messages.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {"a": 1, "b": 2, 3: "three", (4, 5): [6]}
print(d.get("a"), d.get("zz"), d.get("zz", 0), d.get(3), d.get((4, 5)))
check("get no args", lambda: d.get())
check("get three", lambda: d.get(1, 2, 3))
check("get kw", lambda: d.get(key="a"))
check("get unhashable", lambda: d.get([1]))
print(d.setdefault("a", 100), d.setdefault("new", []), d.setdefault("none"), d)
d.setdefault("new", []).append(1)
d.setdefault("new", []).append(2)
print(d["new"], d["none"])
check("setdefault no args", lambda: d.setdefault())
check("setdefault unhashable", lambda: d.setdefault({}, 1))
print(d.pop("a"), d.pop("missing", "dflt"), d.pop("none"), d)
check("pop missing", lambda: d.pop("missing"))
check("pop tuple key", lambda: d.pop((1, 2)))
check("pop no args", lambda: d.pop())
check("pop three", lambda: d.pop(1, 2, 3))
check("pop empty unhashable", lambda: {}.pop([1], None))
check("pop unhashable", lambda: {1: 2}.pop([1], None))
e = {1: "x", 2: "y", 3: "z"}
print(e.popitem(), e.popitem(), e)
e[9] = "w"
print(e.popitem(), e.popitem(), e)
check("popitem empty", lambda: e.popitem())
check("popitem arg", lambda: {1: 2}.popitem(1))
for i in range(10):
    e[i] = i * i
while len(e) > 3:
    e.popitem()
e[100] = 1
print(e)

u = {1: 1}
u.update({2: 2, 1: "one"})
u.update([(3, 3), [4, 4]])
u.update(((5, 5),), six=6)
u.update(seven=7)
u.update()
u.update({})
u.update(k for k in [(8, 8)])
print(u)
check("update int", lambda: u.update(5))
check("update bad item", lambda: u.update([1]))
check("update short item", lambda: u.update([(1,)]))
check("update long item", lambda: u.update([(1, 2, 3)]))
check("update item str", lambda: u.update(["ab", "cde"]))
check("update two", lambda: u.update({}, {}))
print(u.update(["xy"]), u["x"])


class Mapping:
    def __init__(self, data):
        self.data = data
    def keys(self):
        return list(self.data)
    def __getitem__(self, k):
        return self.data[k] * 10

u2 = {}
u2.update(Mapping({1: 1, 2: 2}))
print(u2, dict(Mapping({"q": 3})))


class BadKeys:
    def keys(self):
        return 5

check("update bad keys", lambda: {}.update(BadKeys()))

c = {1: [1], 2: [2]}
c2 = c.copy()
c2[1].append(9)
c2[3] = 3
print(c, c2, c is c2)
c.clear()
print(c, len(c), c.clear())
check("clear arg", lambda: c.clear(1))
check("copy arg", lambda: c.copy(1))

print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), dict.fromkeys({}))
print(dict.fromkeys({5: 1, 6: 2}, "v"), dict.fromkeys({7, 8}, "s"), {}.fromkeys([1]))
fk = dict.fromkeys(["x", "y"], [])
fk["x"].append(1)
print(fk)
check("fromkeys none", lambda: dict.fromkeys())
check("fromkeys int", lambda: dict.fromkeys(5))
check("fromkeys three", lambda: dict.fromkeys(1, 2, 3))

print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({1: 2}, z=3), dict(zip("ab", range(2))))
print(dict([(1, 2)], **{"k": "v"}), dict(dict(a=1)), dict({}.items()), dict(((1, 2), (1, 3))))
check("dict two args", lambda: dict({}, {}))
check("dict int", lambda: dict(5))
check("dict bad seq", lambda: dict([1, 2]))
check("dict bad len", lambda: dict([(1, 2), (3,)]))
check("dict non-str kw", lambda: dict(**{1: 2}))
x = {1: 2}
x.__init__({3: 4}, y=5)
print(x)

print({1: 1, 2: 2} | {2: "two", 3: 3}, {1: 1} | {}, {} | {1: 1})
check("or list", lambda: {1: 1} | [(2, 2)])
check("ror list", lambda: [(2, 2)] | {1: 1})
o = {1: 1}
o |= {2: 2}
o |= [(3, 3)]
o |= (("k", "v"),)
print(o)
def ior_int():
    o2 = {}
    o2 |= 5
check("ior int", ior_int)

print({1: 2}.__contains__(1), {1: 2}.__getitem__(1), {}.__sizeof__() > 0, {1: 2}.__len__())
check("getitem missing", lambda: {}.__getitem__("k"))
check("contains unhashable", lambda: {}.__contains__([]))
print(list(reversed({1: 1, 2: 2, 3: 3})), list({"a": 1, "b": 2}.__reversed__()))
print(len({}), {1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {1: [1]} == {1: [1]})
check("dict lt", lambda: {1: 2} < {1: 2})
check("hash dict", lambda: hash({}))
check("key error tuple", lambda: {}[(1, 2)])
check("key error exc", lambda: {}[KeyError("x")])
print(dict.__dict__["fromkeys"], dict.get, {}.get.__qualname__)
