# Metaclasses, __init_subclass__, __set_name__, __class_getitem__, __mro_entries__, MRO errors.
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes = mcls.classes + [name]
        cls.tag = kw["tag"] if "tag" in kw else "none"
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kw)
    def __repr__(cls):
        return f"<Registry class {cls.__name__}>"

class Base(metaclass=Registry):
    def __init__(self, x=0):
        self.x = x

class Child(Base, tag="child"):
    pass

print(Registry.classes, Base.tag, Child.tag, type(Child) is Registry, Child)
c = Child(5)
print(c.x, type(c).__name__, isinstance(c, Base))

class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__] = cls

class A(Plugin, name="alpha"):
    pass
class B(Plugin):
    pass
print("B" in Plugin.registry, "alpha" in Plugin.registry, len(Plugin.registry), Plugin.registry["alpha"] is A)

class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.name] if self.name in obj.__dict__ else "unset"
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2

class Model:
    size = Field()
    color = Field()

m = Model()
print(Model.size.name, Model.size.owner, m.size)
m.size = 21
print(m.size, m.__dict__)

class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Generic[int], Generic["x"])

class Meta2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 42}
class WithPrepare(metaclass=Meta2):
    pass
print(WithPrepare.injected)

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(e)
try:
    class FromInt(3): pass
except TypeError as e:
    print(e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print(e)

class D1: pass
class D2(D1): pass
class D3(D1): pass
class D4(D2, D3): pass
print([k.__name__ for k in D4.__mro__], D4.mro() == list(D4.__mro__))

class Wrapper:
    def __mro_entries__(self, bases):
        return (X,)
class UsesWrapper(Wrapper()):
    pass
print(UsesWrapper.__bases__, UsesWrapper.__orig_bases__[0].__class__.__name__)

Dyn = type("Dyn", (X,), {"f": lambda self: "dyn!", "n": 3})
print(Dyn().f(), Dyn.n, Dyn.__name__, Dyn.__bases__, type(3), type("s"))

class Counter:
    instances = 0
    def __new__(cls, *args):
        Counter.instances += 1
        obj = super().__new__(cls)
        obj.serial = Counter.instances
        return obj
    def __init__(self, label):
        self.label = label
a, b = Counter("a"), Counter("b")
print(a.serial, b.serial, b.label, Counter.instances)

class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())

try:
    object.__new__(3)
except TypeError as e:
    print(e)
try:
    class NoArgs: pass
    NoArgs(1, 2)
except TypeError as e:
    print(e)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a, hasattr(s, "b"), Slotted.a)
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
s.b = 2
del s.a
print(s.b, hasattr(s, "a"))
try:
    print(s.__dict__)
except AttributeError as e:
    print(e)

class SubSlotted(Slotted):
    pass
ss = SubSlotted()
ss.c = 5
print(ss.a, ss.c, ss.__dict__)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(e)
