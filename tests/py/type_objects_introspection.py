# Class and function objects as data: __dict__ as a read-only mappingproxy,
# __name__/__qualname__/__module__/__doc__ assignment rules, __bases__,
# __annotations__ (class and function, inherited or not), function
# attributes (__defaults__, __closure__ cells, __code__ fields, custom
# attributes), and vars()/dir() on classes.
class Animal:
    """An animal."""
    legs: int = 4
    sound: str

    def speak(self):
        "Make a sound."
        return "..."


class Dog(Animal):
    name: str = "rex"

    def speak(self):
        return "woof"


print(type(Dog.__dict__).__name__, "speak" in Dog.__dict__, "legs" in Dog.__dict__, Dog.__dict__["name"])
try:
    Dog.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
print(Animal.__annotations__, Dog.__annotations__, Dog.__doc__, Animal.__doc__, Animal.speak.__doc__)
print(Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__bases__, Dog.__base__.__name__)
Dog.__name__ = "Hound"
Dog.__qualname__ = "Kennel.Hound"
print(Dog.__name__, Dog.__qualname__, repr(Dog)[:40])
for attr, value in [("__name__", 5), ("__qualname__", None), ("__name__", "bad\x00name")]:
    try:
        setattr(Dog, attr, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print("TypeError:", e)
try:
    int.new_attr = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del Dog.speak
    print("deleted", "speak" in Dog.__dict__, Dog().speak())
except AttributeError as e:
    print("AttributeError:", e)


def outer(a, b=2, *args, c, d=4, **kw):
    """Doc of outer."""
    x = a

    def inner(y: int = 1) -> str:
        return x + y
    return inner


inner = outer(10, c=3)
print(outer.__name__, outer.__qualname__, inner.__qualname__, outer.__doc__, inner.__doc__)
print(outer.__defaults__, outer.__kwdefaults__, inner.__annotations__, outer.__annotations__)
print(inner.__closure__[0].cell_contents, len(inner.__closure__), inner.__code__.co_freevars, outer.__code__.co_cellvars)
code = outer.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames, code.co_filename.endswith(".py"))
print(code.co_firstlineno, bool(code.co_flags & 0x04), bool(code.co_flags & 0x08), inner.__code__.co_nlocals)
outer.custom = "attached"
outer.__dict__["other"] = 2
print(outer.custom, sorted(outer.__dict__), inner.__module__, inner.__globals__ is globals())
inner.__name__ = "renamed"
inner.__doc__ = "new doc"
print(inner.__name__, inner.__doc__, inner.__qualname__)
try:
    inner.__name__ = 1
except TypeError as e:
    print("TypeError:", e)
try:
    inner.__closure__ = None
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
print(sorted(k for k in vars(Animal) if not k.startswith("__")), "speak" in dir(Dog), "legs" in dir(Dog()))
lam = lambda: 0
print(lam.__name__, lam.__qualname__, (lambda: 0).__code__.co_name, type(lam).__name__, callable(lam))


def gen():
    yield


async def coro():
    pass


print(bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80), gen.__name__, coro.__qualname__)
print(type(Animal.speak).__name__, type(Animal().speak).__name__, Animal().speak.__func__ is Animal.speak)
print(Animal().speak.__self__.__class__.__name__, Animal.speak.__get__(None, Animal) is Animal.speak)
m = Animal().speak
print(m == Animal().speak, m.__name__, m.__qualname__, m.__doc__)
print(int.__qualname__, int.__module__, type.__module__, object.__bases__, type.__bases__, type.__mro__)
print(len.__name__, len.__qualname__, len.__module__, type(len).__name__, [].append.__name__, [].append.__qualname__)
print(str.upper.__qualname__, type(str.upper).__name__, type(str.__dict__["upper"]).__name__, type(int.__add__).__name__)
print(type((1).__add__).__name__, (1).__add__.__self__, (1).__add__(2), int.__add__(1, 2), type(object.__init__).__name__)
def f():
    x = 1
    y = [2]
    def g(): return x, y
    return g
g = f()
c0, c1 = g.__closure__
print(c0.cell_contents, c1.cell_contents, c0 == c0, c0 < c1 if False else "", c0 != c1)
C = type(c0)
e = C()
print(e == C(), e < c0, c0 > e, C(5) == C(5), C(5) < C(6), C.__name__)
try: e.cell_contents
except ValueError as ex: print(ex)
e.cell_contents = 3
print(e.cell_contents)
del e.cell_contents
del e.cell_contents
try: hash(c0)
except TypeError as ex: print(ex)
try: C(1, 2)
except TypeError as ex: print(ex)
try: C(x=1)
except TypeError as ex: print(ex)
c0.cell_contents = 100
print(g())
print(repr(e).startswith("<cell at 0x") and repr(e).endswith(": empty>"), " int object at " in repr(C(1)))
def outer(a, b):
    c = 1
    d = 2
    def inner():
        return a + c
    def inner2():
        nonlocal d
        d = 3
        return b
    return inner, inner2
i1, i2 = outer(1, 2)
for f in (outer, i1, i2):
    co = f.__code__
    print(co.co_name, co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals, co.co_argcount)
class K:
    def m(self):
        return __class__
print(K.m.__code__.co_freevars, K.m.__code__.co_varnames)
g = (x for x in range(3))
print(g.gi_code.co_varnames if hasattr(g, "gi_code") else "no gi_code")
def mk():
    zeta, alpha, mid = 1, 2, 3
    def f():
        return zeta, alpha, mid
    return f
fn = mk()
print([c.cell_contents for c in fn.__closure__], fn.__code__.co_freevars, mk.__code__.co_cellvars)
class A:
    def m(self): return super()
    def n(self):
        def inner(): return __class__
        return inner
print(A.__dict__["m"].__code__.co_freevars, A.n.__code__.co_cellvars, A().n().__code__.co_freevars)
m = (1).__add__
print(m.__self__, m.__name__, m.__qualname__, m.__objclass__, m == (1).__add__, m != (2).__add__, len({m, (1).__add__}))
print([].__len__.__qualname__, "abc".__len__(), object().__str__.__name__, type("x".__add__).__name__)
print((1).__add__.__doc__ == int.__add__.__doc__)
