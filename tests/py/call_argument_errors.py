# Argument binding and its error messages for every parameter kind:
# positional-only, positional-or-keyword, *args, keyword-only with and
# without defaults, **kwargs; methods (self counted), lambdas, classes
# (__init__), and calls with * and ** unpacking of bad types.
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)


print(f(1, 2, 3, e=5))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8, g=9, a=10))
cases = [
    "f()", "f(1)", "f(1, 2)", "f(1, 2, 3)", "f(1, 2, c=3)", "f(1, b=2, c=3, e=5)", "f(1, 2, 3, c=3, e=5)",
    "f(1, 2, 3, e=5, e=6)" if False else "f(1, 2, 3, **{'e': 5}, **{'e': 6})", "f(*5)", "f(**5)", "f(**{1: 2})",
    "f(1, 2, 3, e=1, **{'c': 1})",
]
for src in cases:
    try:
        print(src, "->", eval(src))
    except TypeError as e:
        print(f"{src:40} TypeError: {e}")


def g(x, y=2, *, z):
    pass


def h(*, only):
    pass


def k(a, /):
    pass


def no_args():
    pass


def many(a, b, c, d):
    pass


for call in [lambda: g(), lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, 2, 3, z=1), lambda: h(1), lambda: h(),
             lambda: h(only=1, other=2), lambda: k(a=1), lambda: k(), lambda: k(1, 2), lambda: no_args(1),
             lambda: no_args(x=1), lambda: many(1), lambda: many(1, 2), lambda: many(a=1, d=4),
             lambda: (lambda x, *, y: 0)(1), lambda: (lambda: 0)(1), lambda: g(1, y=2, x=1, z=0)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Widget:
    def __init__(self, name, *, size=1):
        self.name = name

    def resize(self, w, h):
        return (w, h)

    @classmethod
    def make(cls, n):
        return cls(n)

    @staticmethod
    def util(a, b):
        return a + b


w = Widget("x")
for call in [lambda: Widget(), lambda: Widget("a", 2), lambda: Widget("a", size=2, color=3), lambda: w.resize(1),
             lambda: w.resize(1, 2, 3), lambda: Widget.resize(1, 2), lambda: Widget.make(), lambda: w.util(1),
             lambda: Widget.util(1, 2, 3), lambda: w.resize(1, h=2, w=3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(f(*[1, 2], *(3,), e=5, **{"zz": 1}), g(*[1], **{"z": 3}) is None)
print((lambda *a, **k: (a, k))(1, *[2, 3], x=1, **{"y": 2}))


def defaults_evaluated(a=[], b={}):
    a.append(len(a))
    b[len(b)] = True
    return a, b


defaults_evaluated()
print(defaults_evaluated(), defaults_evaluated.__defaults__)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:7])
print(f.__defaults__, f.__kwdefaults__, g.__kwdefaults__, k.__defaults__, h.__kwdefaults__)
f.__defaults__ = (40,)
print(f(1, 2, 3, e=0))
f.__kwdefaults__ = {"e": "E", "f": "F"}
print(f(1, 2, 3))
try:
    f.__defaults__ = 5
except TypeError as e:
    print("TypeError:", e)
