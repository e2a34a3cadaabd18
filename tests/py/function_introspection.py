# Function objects: __defaults__ / __kwdefaults__ (and mutating them),
# __code__ attributes (argcount, posonly, kwonly, varnames, flags for
# *args/**kwargs/generators), __annotations__, __dict__ attributes,
# __name__/__qualname__ assignment and its errors, __globals__, __closure__,
# and default values evaluated once at definition time.
def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> "ret":
    x = 1
    return a, b, c, args, d, e, kw


print(f.__defaults__, f.__kwdefaults__, f.__annotations__)
co = f.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames, co.co_name)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20), co.co_nlocals)
print(f(1, d=4))
f.__defaults__ = (20, 30)
f.__kwdefaults__ = {"d": 40, "e": 50}
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print("TypeError:", e)
try:
    f.__kwdefaults__ = 5
except TypeError as e:
    print("TypeError:", e)


def gen():
    yield


async def coro():
    pass


print(bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80), gen.__code__.co_argcount)


def annotated(x: int, *ys: str, z: float = 1.0, **kw: bool) -> None:
    pass


print(annotated.__annotations__)
f.tag = "tagged"
f.__dict__["other"] = 1
print(sorted(f.__dict__), f.tag)
f.__name__ = "renamed"
f.__qualname__ = "Outer.renamed"
print(f.__name__, f.__qualname__, repr(f)[:29])
for bad in ("f.__name__ = 5", "f.__qualname__ = None", "del f.__name__", "f.__code__ = 1", "f.__globals__ = {}",
            "f.__closure__ = ()", "f.__dict__ = 5"):
    try:
        exec(bad)
        print(bad, "-> ok")
    except (TypeError, AttributeError) as e:
        print(bad, "->", type(e).__name__ + ":", e)
print(f.__globals__ is globals(), f.__module__, f.__closure__, f.__doc__)


def documented():
    """First line.

    More."""


print(repr(documented.__doc__), documented.__code__.co_firstlineno > 0)
calls = []


def default_once(x, acc=[]):
    acc.append(x)
    return acc


print(default_once(1), default_once(2), default_once(3, []), default_once(4))


def stamp():
    calls.append("evaluated")
    return len(calls)


def with_default(v=stamp()):
    return v


print(with_default(), with_default(), calls)


def outer():
    n = 1

    def inner():
        return n

    return inner


inner = outer()
print(inner.__code__.co_freevars, outer.__code__.co_cellvars, len(inner.__closure__), inner.__qualname__)
lam = lambda a, *b, c=1: None
print(lam.__name__, lam.__code__.co_argcount, lam.__code__.co_kwonlyargcount, lam.__defaults__, lam.__kwdefaults__)
print(type(f).__name__, type(f.__code__).__name__, callable(f), f.__call__.__name__)


class C:
    def m(self, x=1):
        return x

    @staticmethod
    def s():
        pass


print(C.m.__qualname__, C().m.__func__ is C.m, C().m.__self__.__class__.__name__, C.s.__qualname__)
bm = C().m
try:
    bm.__name__ = "x"
except AttributeError as e:
    print("AttributeError:", e)
print(bm.__name__, bm.__doc__, bm.__defaults__ if hasattr(bm, "__defaults__") else "no defaults attr")
