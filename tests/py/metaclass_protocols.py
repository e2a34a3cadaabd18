# Metaclasses: __prepare__ returning a custom namespace, __new__/__init__ order,
# metaclass __call__ controlling instantiation (singletons), __init_subclass__
# with keyword arguments, __set_name__ order, metaclass conflicts, class
# keyword arguments reaching the metaclass, __class_getitem__, and
# __mro_entries__.
log = []


class OrderedNS(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            log.append(f"ns[{key}]")
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(f"prepare {name} {sorted(kw)}")
        return OrderedNS()

    def __new__(mcls, name, bases, ns, **kw):
        log.append(f"new {name} ns={type(ns).__name__}")
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.fields = [k for k in ns if not k.startswith("__")]
        return cls

    def __init__(cls, name, bases, ns, **kw):
        log.append(f"init {name} kw={kw}")
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        log.append(f"call {cls.__name__}{args}")
        return super().__call__(*args, **kwargs)


class Base(metaclass=Meta, flavor="x"):
    b = 1

    def m(self):
        pass

    a = 2

    def __init__(self, v=0):
        log.append(f"Base.__init__({v})")


class Child(Base, extra=3):
    z = 0


Child(5)
for line in log:
    print(line)
print(Base.fields, Child.fields, type(Child).__name__, isinstance(Child, Meta))


class Singleton(type):
    _instances = {}

    def __call__(cls, *args):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*args)
        return Singleton._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name):
        print("  Config init", name)
        self.name = name


c1, c2 = Config("first"), Config("second")
print(c1 is c2, c2.name)


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[key or cls.__name__.lower()] = cls
        print(f"  registered {cls.__name__} as {key!r}")


class CSV(Plugin, key="csv"):
    pass


class JSONish(Plugin):
    pass


class Sub(CSV, key="csv2"):
    pass


print(sorted(Plugin.registry), Plugin.registry["csv"].__name__)
try:
    class Bad(Plugin, nokey=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class M1(type):
    pass


class M2(type):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print("TypeError:", e)


class M3(M1):
    pass


class A3(metaclass=M3):
    pass


class Fine(A1, A3):
    pass


print(type(Fine).__name__)


class Field:
    def __init__(self, tag):
        self.tag = tag

    def __set_name__(self, owner, name):
        print(f"  set_name {self.tag} -> {owner.__name__}.{name}")


class Model:
    x = Field("first")
    y = Field("second")
    z = x


class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Gen[int], Gen["a", 1], list[int], dict[str, list[int]], type(list[int]).__name__)


class Proxy:
    def __mro_entries__(self, bases):
        print("  mro_entries", len(bases))
        return (dict,)


class FromProxy(Proxy()):
    pass


print(FromProxy.__bases__, FromProxy.__orig_bases__[0].__class__.__name__, FromProxy(a=1))


def dynamic_meta(name, bases, ns):
    print("  function metaclass", name, sorted(k for k in ns if not k.startswith("__")))
    return 42


class NotAClass(metaclass=dynamic_meta):
    q = 1


print(NotAClass)
T = type("T", (object,), {"v": 7, "get": lambda self: self.v * 2})
print(T().get(), T.__name__, T.__qualname__, T.__module__)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)


class Meta2(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta2>"

    def __len__(cls):
        return 99

    def __getitem__(cls, k):
        return k * 2

    def __iter__(cls):
        return iter("abc")

    @property
    def shout(cls):
        return cls.__name__.upper()


class Fancy(metaclass=Meta2):
    pass


print(repr(Fancy), len(Fancy), Fancy[21], list(Fancy), Fancy.shout)
try:
    Fancy().shout
except AttributeError as e:
    print("AttributeError:", e)
