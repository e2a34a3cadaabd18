# Instance creation: __new__ and __init__ (their argument checks, __new__
# returning another type, __init__ returning a value), __call__, singletons
# and caching through __new__, metaclass __call__.
class Plain:
    pass


for args, kwargs in (((1,), {}), ((), {"a": 1})):
    try:
        Plain(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


class WithInit:
    def __init__(self, a, b=2):
        print("  init", a, b)
        self.a, self.b = a, b


WithInit(1)
WithInit(1, b=3)
for args, kwargs in (((), {}), ((1, 2, 3), {}), ((1,), {"c": 3})):
    try:
        WithInit(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


class ReturnsValue:
    def __init__(self):
        return 5


try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)


class Singleton:
    _instance = None

    def __new__(cls, *args):
        print("  new", cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, *args):
        print("  init", args)


s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2)
Singleton._instance = None


class Other:
    def __init__(self):
        print("  Other.__init__ runs? no")


class Factory:
    def __new__(cls, kind):
        if kind == "int":
            return 42
        if kind == "other":
            return object.__new__(Other)
        return super().__new__(cls)

    def __init__(self, kind):
        print("  Factory.__init__", kind)


print(Factory("int"), type(Factory("other")).__name__, type(Factory("self")).__name__)


class NewArgs:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x
        return obj


print(NewArgs(5).x)
try:
    object.__new__(NewArgs, 1)
    print("object.__new__ with extra args ok when __new__ overridden")
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)


class InitOnly:
    def __init__(self, x):
        self.x = x


try:
    object.__init__(InitOnly(1), 2)
except TypeError as e:
    print("TypeError:", e)


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, twice=False):
        return x + self.n * (2 if twice else 1)


add3 = Adder(3)
print(add3(4), add3(4, twice=True), callable(add3), callable(Adder), callable(3), list(map(add3, [1, 2])))
try:
    add3()
except TypeError as e:
    print("TypeError:", e)
try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)


class Counted(type):
    def __call__(cls, *args, **kwargs):
        print(f"  meta call {cls.__name__}{args}")
        inst = super().__call__(*args, **kwargs)
        inst.created_by_meta = True
        return inst


class Widget(metaclass=Counted):
    def __init__(self, name):
        self.name = name


w = Widget("knob")
print(w.name, w.created_by_meta)


class Immutable(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def __init__(self, a, b):
        print("  Immutable.__init__", a, b, tuple(self))


im = Immutable(1, 2)
print(im, im[0], len(im), type(im).__name__)


class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


print(UpperStr("hello"), UpperStr("abc") == "ABC", isinstance(UpperStr("x"), str))


class Point:
    __slots__ = ("x", "y")

    def __new__(cls, x=0, y=0):
        self = object.__new__(cls)
        self.x, self.y = x, y
        return self

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


print(Point(), Point(1, 2), Point(y=5))
print(type(5)(7), type("")(), type([])("ab"), type(None)(), type(...)() is ..., type(NotImplemented)())
try:
    type(None)(1)
except TypeError as e:
    print("TypeError:", e)
try:
    type(print)()
except TypeError as e:
    print("TypeError:", e)
