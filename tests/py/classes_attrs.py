# Attribute protocols: __getattr__, __getattribute__, __setattr__, __delattr__,
# descriptors, instance dicts and shapes, class vs instance attributes.
class Lazy:
    def __init__(self):
        self.loaded = 0
    def __getattr__(self, name):
        if name.startswith("x") if False else name[0] == "x":
            self.loaded = self.loaded + 1
            return name * 2
        raise AttributeError(f"no {name}")

z = Lazy()
print(z.xa, z.xb, z.loaded)
try:
    z.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(z, "nothing", "dflt"), hasattr(z, "xq"), hasattr(z, "q"))

class Logged:
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log")(name)
        return object.__getattribute__(self, name)
    def __init__(self):
        object.__setattr__(self, "seen", [])
        self.v = 1
    def log(self, name):
        object.__getattribute__(self, "seen")[0:0] = [name]

lg = Logged()
print(lg.v, lg.v, lg.seen)

class Guarded:
    def __setattr__(self, name, value):
        if name.startswith("_") if False else name[0] == "_":
            raise AttributeError(f"cannot set {name}")
        super().__setattr__(name, value * 10)
    def __delattr__(self, name):
        print("deleting", name)
        super().__delattr__(name)

g = Guarded()
g.a = 1
print(g.a, g.__dict__)
try:
    g._hidden = 2
except AttributeError as e:
    print(e)
del g.a
print(hasattr(g, "a"))
try:
    del g.missing
except AttributeError as e:
    print(e)

class Desc:
    def __get__(self, obj, cls):
        return ("get", None if obj is None else type(obj).__name__, cls.__name__)
class NonData:
    x = Desc()
nd = NonData()
print(nd.x, NonData.x)
nd.__dict__["x"] = "shadowed"
print(nd.x)

class DataDesc:
    def __get__(self, obj, cls):
        return "data"
    def __set__(self, obj, v):
        print("set", v)
class HasData:
    y = DataDesc()
hd = HasData()
hd.__dict__["y"] = "inst"
print(hd.y)
hd.y = 5

class Shapes:
    pass
objs = [Shapes() for _ in range(4)]
for i, o in enumerate(objs):
    o.a = i
    if i % 2:
        o.b = i * 10
    o.c = -i
for o in objs:
    print(o.a, o.c, getattr(o, "b", None), o.__dict__)
many = Shapes()
for i in range(40):
    setattr(many, f"attr{i}", i)
print(many.attr0, many.attr39, len(many.__dict__))
del many.attr5
print(hasattr(many, "attr5"), many.attr6)
o = objs[1]
del o.a
print(o.__dict__, hasattr(o, "a"))
o.a = "back"
print(o.__dict__)
o.__dict__ = {"fresh": 1}
print(o.fresh, hasattr(o, "c"))
try:
    o.__dict__ = 5
except TypeError as e:
    print(e)

class Counter:
    total = 0
    def bump(self):
        self.total += 1
        return self.total
c1, c2 = Counter(), Counter()
print(c1.bump(), c1.bump(), c2.bump(), Counter.total, c1.total)
Counter.total = 100
print(Counter().bump(), c1.total)
Counter.extra = lambda self: "extra"
print(c1.extra())
del Counter.extra
print(hasattr(c1, "extra"))

class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
x = A()
print(x.who())
x.__class__ = B
print(x.who(), type(x).__name__)
try:
    x.__class__ = int
except TypeError as e:
    print(e)

class Outer:
    class Inner:
        def name(self):
            return type(self).__qualname__
    def make(self):
        return self.Inner()
print(Outer().make().name(), Outer.Inner.__qualname__)

def factory(n):
    class Local:
        size = n
        def get(self):
            return self.size * n
    return Local
L = factory(3)
print(L().get(), L.__qualname__)

class WithDel:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
w = WithDel("first")
w = WithDel("second")
print("after rebind")
del w
print("end of deletions")

try:
    A().missing_method()
except AttributeError as e:
    print(e)
try:
    A.missing
except AttributeError as e:
    print(e)
try:
    int.missing
except AttributeError as e:
    print(e)
try:
    (1).missing
except AttributeError as e:
    print(e)
try:
    int.foo = 1
except TypeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
print(type(A.who).__name__, A().who.__func__ is A.who, A().who.__self__.__class__.__name__)
print(type(A.__dict__).__name__, "who" in A.__dict__, A.__dict__["who"] is A.who)
