# Descriptors: data vs non-data precedence over the instance dict,
# __set_name__, __get__ on the class (instance None), __delete__,
# functions as descriptors, property with setter/deleter, and errors.
class Typed:
    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.storage = "_" + name

    def __init__(self, kind):
        self.kind = kind

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        print(f"  deleting {self.name}")
        delattr(obj, self.storage)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ada", 36)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
try:
    p.age
except AttributeError as e:
    print("AttributeError:", e)
print(type(Person.name).__name__, Person.name.kind.__name__)
p.__dict__["name"] = "shadow"
print(p.name)


class NonData:
    def __get__(self, obj, objtype=None):
        return f"computed for {objtype.__name__}"


class Holder:
    attr = NonData()


h = Holder()
print(h.attr, Holder.attr)
h.attr = "instance wins"
print(h.attr)
del h.attr
print(h.attr)


class ReadOnlyDescr:
    def __get__(self, obj, objtype=None):
        return 1

    def __set__(self, obj, value):
        raise AttributeError("read-only descriptor")


class RO:
    x = ReadOnlyDescr()


r = RO()
try:
    r.x = 5
except AttributeError as e:
    print("AttributeError:", e)
r.__dict__["x"] = 99
print(r.x)


class GetOnlyDelete:
    def __get__(self, obj, objtype=None):
        return "g"

    def __delete__(self, obj):
        print("  __delete__ called")


class GD:
    d = GetOnlyDelete()


gd = GD()
del gd.d
try:
    gd.d = 1
except AttributeError as e:
    print("AttributeError:", e)


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        print("  set celsius", v)
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("  reset")
        self._c = 0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
del t.celsius
print(t.celsius)
for stmt in ("t.fahrenheit = 1", "del t.fahrenheit"):
    try:
        exec(stmt)
    except AttributeError as e:
        print("AttributeError:", e)
prop = property(lambda self: 1)
print(prop.fget is not None, prop.fset, prop.fdel, prop.__doc__)


def free(self, x=1):
    return ("free", type(self).__name__, x)


bound = free.__get__(p, Person)
print(bound(), bound(2), free.__get__(None, Person) is free, type(bound).__name__)
print(bound.__self__ is p, bound.__func__ is free)


class Counter:
    def __init__(self):
        self.calls = 0

    def __set_name__(self, owner, name):
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        self.calls += 1
        return self.calls


class UsesCounter:
    c = Counter()


uc = UsesCounter()
print(uc.c, uc.c, UsesCounter.c, UsesCounter.__dict__["c"].owner)


class Base:
    def __set_name__(self, owner, name):
        raise ValueError(f"refuse {name}")


try:
    class Broken:
        field = Base()
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", repr(e.__cause__))


class CM:
    @classmethod
    def make(cls, *a):
        return (cls.__name__, a)

    @staticmethod
    def util(x):
        return x * 2


class CMSub(CM):
    pass


print(CM.make(1), CMSub.make(), CMSub().make(2), CM.util(3), CM().util(4))
print(type(CM.__dict__["make"]).__name__, type(CM.__dict__["util"]).__name__, CM.__dict__["util"].__func__(5))
