# Attributes of builtin objects: property/classmethod/staticmethod objects,
# range/slice fields, generator and coroutine fields, iterators'
# __length_hint__, mappingproxy methods, dict views' mapping, type dicts,
# and what dir() lists for a few builtin types.
class K:
    @property
    def p(self):
        "prop doc"
        return 1

    @classmethod
    def c(cls):
        return cls

    @staticmethod
    def s():
        return "s"


prop = K.__dict__["p"]
print(type(prop).__name__, prop.fget.__name__, prop.fset, prop.fdel, prop.__doc__, prop.__isabstractmethod__)
p2 = prop.setter(lambda self, v: None)
print(p2 is prop, p2.fset is not None, p2.fget is prop.fget, p2.__doc__)
cm, sm = K.__dict__["c"], K.__dict__["s"]
print(type(cm).__name__, cm.__func__.__name__, type(sm).__name__, sm.__func__(), sm(), cm.__wrapped__ is cm.__func__)
print(cm.__isabstractmethod__, sm.__isabstractmethod__, K.c() is K, K().s(), callable(sm))
r = range(2, 20, 3)
print(r.start, r.stop, r.step, len(r), r[-1], r.index(8), r.count(8), r == range(2, 21, 3), hash(r) == hash(range(2, 21, 3)))
print(range(0) == range(5, 5), range(1, 2, 3) == range(1, 3, 5), repr(range(3)), repr(range(1, 9, 2)), reversed(r).__length_hint__())
sl = slice(1, None, 2)
print(sl.start, sl.stop, sl.step, sl == slice(1, None, 2), sl.indices(10), repr(sl))
try:
    hash(sl)
except TypeError as e:
    print("TypeError:", e)


def gen():
    x = yield 1
    yield x


g = gen()
print(g.gi_running, g.gi_code.co_name, g.gi_yieldfrom, g.__name__, g.__qualname__)
next(g)
print(g.gi_running, g.gi_suspended if hasattr(g, "gi_suspended") else "", g.send("sent"))


def outer():
    yield from gen()


o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__)


async def co():
    return 1


c = co()
print(c.cr_code.co_name, c.cr_running, c.cr_await, c.cr_origin, type(c).__name__)
c.close()
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), iter(range(10)).__length_hint__(), iter("abc").__length_hint__(), iter((1,)).__length_hint__())
print(iter({1: 2}).__length_hint__(), reversed([1, 2]).__length_hint__(), iter(b"xy").__length_hint__())
mp = K.__dict__
print(type(mp).__name__, "p" in mp, mp.get("nope", "default"), sorted(k for k in mp.keys() if not k.startswith("__")))
print(len(mp) == len(dict(mp)), type(mp.copy()).__name__, type(mp.items()).__name__)
d = {"a": 1}
print(d.keys().mapping["a"], type(d.keys().mapping).__name__, d.values().mapping == d, d.items().mapping is not None)
print([n for n in dir(int) if not n.startswith("_")])
print([n for n in dir(str) if not n.startswith("_")][:12])
print([n for n in dir(list) if not n.startswith("_")], [n for n in dir(dict) if not n.startswith("_")])
# (__getstate__, __reduce__ and __reduce_ex__ need copyreg, that is imports.)
print([n for n in dir(object) if n not in ("__getstate__", "__reduce__", "__reduce_ex__")])
print(int.__dict__["real"].__class__.__name__, type(int.__dict__["__add__"]).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(type(list.__dict__["append"]).__name__, type(object.__dict__["__class__"]).__name__, type(type.__dict__["__name__"]).__name__)
print(bool.__base__, type(True).__mro__, NotImplemented.__class__.__name__, type(...).__name__, type(None).__name__)
