"""PEP 563: under `from __future__ import annotations` every annotation is
kept as the text of its expression and never evaluated."""
from __future__ import annotations

# Module annotations: only the text is stored; nothing is evaluated.
undefined_a: no_such_name
with_value: also_missing[int] = 5
print(__annotations__)
print(with_value)
(parenthesized): never_evaluated
print("parenthesized" in __annotations__)


class Holder:
    pass


h = Holder()
h.attr: missing_type = 3
print(h.attr)
d = {}
d["k"]: missing_too = 4
print(d)


# Functions: parameters of every kind and the return annotation, in the
# order CPython builds them.
def f(a: int, /, b: "str" = "x", *args: tuple[int, ...], c: list[int] | None = None, **kw: dict) -> Optional[int]:
    local: not_evaluated = 1
    return local


print(f.__annotations__)
print(f(1))


def g(x, y: Callable[[int], str], *, z: lambda: 1, w) -> None: ...


print(g.__annotations__)


def no_annotations(a, b):
    pass


print(no_annotations.__annotations__)


def only_return() -> 'quoted "both" kinds':
    pass


print(only_return.__annotations__)


def star_ts(*args: *Ts):
    pass


print(star_ts.__annotations__)


async def coro(x: Awaitable[int]) -> AsyncIterator[str]:
    pass


print(coro.__annotations__)


def outer():
    def inner(p: outer_local) -> inner_result:
        pass

    return inner


print(outer().__annotations__)


# Class bodies: mangled private names, nested classes, methods.
class C:
    x: int
    y: ClassVar[str] = "y"
    __private: Final[float] = 1.0

    class Inner:
        z: C.Inner

    def method(self, other: C) -> C:
        return self


print(C.__annotations__)
print(C.Inner.__annotations__)
print(C.method.__annotations__)
print(C.y, C._C__private)


class Generic:
    items: list[T]
    mapping: dict[K, V]
    fn: Callable[..., Awaitable[None]]


print(Generic.__annotations__)

# Expression forms: the text is CPython's unparser's (minimal parentheses,
# repr quotes, numbers normalized).
def e1(a: a + b * c, b: (a + b) * c, c: a ** b ** c, d: (a ** b) ** c, e: -x ** 2, f: (-x) ** 2, g: x ** -y): pass
def e2(a: not a and b or c, b: not (a and b), c: a and (b or c), d: (a or b) and c, e: a < b <= c != d): pass
def e3(a: x if y else z, b: (x if y else z) if w else v, c: lambda x, y=1, *a, k, **kw: x, d: lambda *, k: k): pass
def e4(a: [1, 2, *rest], b: {1, 2}, c: {}, d: {"k": v, **rest}, e: (), f: (1,), g: (1, 2)): pass
def e5(a: [x for x in y if x], b: {x for x in y}, c: {k: v for k, v in d.items()}, d: (x for x in y), e: f(x for x in y)): pass
def e6(a: f"{x!r:>{width}} and {y}", b: f'{"q"}', c: f"{x=}", d: f"{ {1: 2} }", e: f"{{literal}}"): pass
def e7(a: 1e300, b: 1e309, c: -1e309, d: 1e309j, e: 0xff, f: 1_000_000, g: 10 ** 30, h: 100000000000000000000000): pass
def e8(a: 1 .real, b: 1.5.real, c: ..., d: None, e: True, f: b"bytes", g: u"unicode", h: "it's", i: 'say "hi"'): pass
def e9(a: x[1:2], b: x[::2], c: x[:], d: x[1:2, 3], e: x[()], f: x[(1,)], g: x[(1, 2)], h: x[*ts]): pass
def e10(a: f(*args, **kwargs), b: f(a, b=1)(c), c: a.b[c](d).e, d: (a + b).c, e: (lambda: 1)(), f: a | b & c ^ d): pass
def e11(a: a in b not in c is d is not e, b: (a < b) < c, c: ~x, d: +x, e: - -x, f: a @ b, g: a // b % c << d >> e): pass
def e12(a: "\n\t\x00", b: "\u00e9\U0001f600", c: '\\', d: 'both \' and "', e: r"\d+", f: "a" "b", g: f"a" "b"): pass


for fn in (e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12):
    for name, text in fn.__annotations__.items():
        print(fn.__name__, name, repr(text))

# The flag is in the code objects and passed on to compile(), exec() and eval().
print(hex(f.__code__.co_flags & 0x1000000))
ns = {}
exec("def h(x: undefined) -> also_undefined: pass", ns)
print(ns["h"].__annotations__)
code = compile("def h2(x: int + 1): pass", "<test>", "exec")
print(hex(code.co_flags & 0x1000000))
ns2 = {}
exec(code, ns2)
print(ns2["h2"].__annotations__)
code = compile("def h3(x: len, y: 2 + 3): pass", "<test>", "exec", dont_inherit=True)
print(hex(code.co_flags & 0x1000000))
ns3 = {}
exec(code, ns3)
print(ns3["h3"].__annotations__)
print(eval("(lambda: 0).__code__.co_flags & 0x1000000"))
