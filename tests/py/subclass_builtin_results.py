# Subclasses of builtin types: which operations return the subclass and
# which the base type, overriding __add__/__radd__ on list, int and str
# subclasses, __new__ vs __init__ for immutables, subclass with extra
# attributes being copied or not, and reflected operators when the right
# operand is a subclass of the left's type.
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"


class MyStr(str):
    pass


class MyList(list):
    pass


class MyTuple(tuple):
    pass


class MyDict(dict):
    pass


class MyFloat(float):
    pass


i, s, l, t, d, f = MyInt(5), MyStr("ab"), MyList([1, 2]), MyTuple((1, 2)), MyDict(a=1), MyFloat(1.5)
results = {
    "i + 1": i + 1, "1 + i": 1 + i, "-i": -i, "abs(i)": abs(i), "i * i": i * i, "+i": +i, "i // 2": i // 2,
    "int(i)": int(i), "round(i)": round(i), "i.real": i.real, "i.conjugate()": i.conjugate(),
    "s + 'c'": s + "c", "s * 2": s * 2, "s.upper()": s.upper(), "s[0]": s[0], "s[:]": s[:], "str(s)": str(s),
    "s.strip()": s.strip(), "'%s' % s": "%s" % s, "f'{s}'": f"{s}", "s.replace('a', 'a')": s.replace("a", "a"),
    "l + [3]": l + [3], "l * 2": l * 2, "l[:]": l[:], "l.copy()": l.copy(), "list(l)": list(l), "sorted(l)": sorted(l),
    "t + (3,)": t + (3,), "t[:]": t[:], "t * 1": t * 1, "tuple(t)": tuple(t),
    "d.copy()": d.copy(), "d | {}": d | {}, "dict(d)": dict(d), "f + 1": f + 1, "f * 1.0": f * 1.0, "-f": -f,
    "float(f)": float(f), "f.real": f.real, "round(f, 1)": round(f, 1),
}
for expr, value in results.items():
    print(f"{expr:24} {type(value).__name__:8} {value!r}")
l2 = l
l2 += [9]
print(type(l2).__name__, l2 is l, l)


class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__

    def __repr__(self):
        return f"${int(self)}"


print(Money(5) + 3, 3 + Money(5), sum([Money(1), Money(2)]), sum([Money(1), Money(2)], Money(0)), Money(2) * 3)


class Rev(list):
    def __radd__(self, other):
        return Rev(list(other) + list(self)) if isinstance(other, list) else NotImplemented

    def __add__(self, other):
        return Rev(list(self) + list(other))


print(type([1] + Rev([2])).__name__, [1] + Rev([2]), type(Rev([1]) + [2]).__name__)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    x = property(lambda self: self[0])
    y = property(lambda self: self[1])

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2) + Point(3, 4)
print(p, p.x, p == (4, 6), hash(p) == hash((4, 6)), len(p), list(p), p[::-1])


class Tagged(str):
    def __new__(cls, value, tag="none"):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj


tg = Tagged("hello", tag="greeting")
print(tg, tg.tag, tg.upper(), type(tg.upper()).__name__, hasattr(tg + "!", "tag"), tg == "hello", "ell" in tg)


class DefaultList(list):
    def __getitem__(self, index):
        try:
            return super().__getitem__(index)
        except IndexError:
            return None


dl = DefaultList([1, 2])
print(dl[0], dl[5], dl[-1], dl[:1], list(dl), [x for x in dl], max(dl))


class CountingDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.sets = 0

    def __setitem__(self, key, value):
        self.sets += 1
        super().__setitem__(key, value)


cd = CountingDict(a=1)
cd["b"] = 2
cd.update(c=3)
cd.setdefault("d", 4)
print(sorted(cd.items()), cd.sets)
