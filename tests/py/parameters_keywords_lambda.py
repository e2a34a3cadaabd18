# Keyword arguments, defaults, *args, keyword-only, **kwargs, positional-only, lambda, and the binding errors.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
square = lambda n: n * n
print(square(7), (lambda: "k")(), (lambda a, b=3: a - b)(10))
def h(p, q):
    return p - q
print(h(q=1, p=10))
for call in (lambda: f(1), lambda: f(1, 2, c=3, a=4), lambda: g(x=1, y=2, z=3), lambda: h(1, 2, 3), lambda: h(1, r=2), lambda: g(1, 2, 3)):
    try:
        call()
    except TypeError as e:
        print(e)
