# Class creation: the class body runs as a function, metaclass selection,
# __prepare__, __init_subclass__ with keywords, __set_name__ order,
# __class_getitem__, __mro_entries__, type() with three arguments,
# __qualname__/__module__, and the errors for bad bases.
order = []


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        order.append(f"prepare {name} {sorted(kw)}")
        ns = {"injected": "by prepare"}
        return ns

    def __new__(mcs, name, bases, ns, **kw):
        order.append(f"new {name} keys={sorted(k for k in ns if not k.startswith('__'))}")
        cls = super().__new__(mcs, name, bases, ns)
        cls.meta_kw = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        order.append(f"init {name}")
        super().__init__(name, bases, ns)


class Base(metaclass=Meta, flavor="vanilla"):
    order.append("body of Base")
    x = 1

    def method(self):
        return "base method"


class Child(Base):
    order.append("body of Child")
    y = 2


print(*order, sep="\n")
print(Base.injected, Base.meta_kw, Child.meta_kw, type(Child).__name__, Child().method())


class Registry:
    subclasses = []

    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Registry.subclasses.append((cls.__name__, tag))


class PluginA(Registry, tag="a"):
    pass


class PluginB(PluginA):
    pass


class PluginC(Registry, tag="c"):
    pass


print(Registry.subclasses, PluginB.tag)
try:
    class Bad(Registry, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Field:
    def __init__(self):
        self.name = None

    def __set_name__(self, owner, name):
        print(f"  set_name {owner.__name__}.{name}")
        self.name = name


class Model:
    b = Field()
    a = Field()
    c = Field()


print([Model.__dict__[k].name for k in "abc"])


class Container:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Container[int], Container["x", 1])


class Fake:
    def __mro_entries__(self, bases):
        return (dict,)


class FromFake(Fake()):
    pass


print(FromFake.__bases__, FromFake.__orig_bases__[0].__class__.__name__, FromFake(a=1))

Dyn = type("Dyn", (Base,), {"z": 3, "describe": lambda self: f"Dyn z={self.z}"})
print(Dyn.__name__, Dyn.z, Dyn().describe(), Dyn.__mro__[1].__name__, type(Dyn).__name__)
Plain = type("Plain", (), {})
print(Plain.__bases__, Plain.__qualname__, Plain.__module__)


def factory():
    class Inner:
        class Nested:
            def m(self):
                pass
    return Inner


Inner = factory()
print(Inner.__qualname__, Inner.Nested.__qualname__, Inner.Nested.m.__qualname__, Inner.__module__)
for bases in ((1,), (int, str), (bool,), (Base, Base)):
    try:
        type("X", bases, {})
    except TypeError as e:
        print("TypeError:", e)
try:
    type("X", (), {}, extra=1)
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", [], {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), [])
except TypeError as e:
    print("TypeError:", e)


class A:
    pass


class B(A):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class M1(type):
    pass


class M2(type):
    pass


class X1(metaclass=M1):
    pass


class X2(metaclass=M2):
    pass


try:
    class X3(X1, X2):
        pass
except TypeError as e:
    print("TypeError:", e)


class DocClass:
    """The docstring."""
    __slots__ = ()


print(DocClass.__doc__, Plain.__doc__, "__dict__" in dir(Plain), "__weakref__" in DocClass.__dict__)


class Counter:
    count = 0
    Counter_ref = None
    items = [count + i for i in range(3)] if False else None

    def bump(self):
        Counter.count += 1
        return Counter.count


print(Counter().bump(), Counter().bump(), Counter.count)
ns = {}
exec("class E:\n    v = 1\n", ns)
print(ns["E"].__module__, ns["E"].v)


def meta_func(name, bases, ns):
    print("  meta_func", name, bases, sorted(k for k in ns if not k.startswith("__")))
    return 42


class NotAClass(metaclass=meta_func):
    q = 1


print(NotAClass)
