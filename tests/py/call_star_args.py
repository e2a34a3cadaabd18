# Calls with *iterables and **mappings, mixed with plain arguments, and
# CPython's messages for what does not fit.


def f(*args, **kwargs):
    return args, kwargs


def g(a, b):
    return a, b


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, "->", repr(e))


show("star tuple", lambda: f(*(1, 2)))
show("star list", lambda: f(*[1, 2]))
show("star str", lambda: f(*"ab"))
show("star range", lambda: f(*range(3)))
show("star empty", lambda: f(*[]))
show("mixed", lambda: f(1, *(2, 3), 4, *[5], k=1, **{"m": 2}))
show("keywords only", lambda: f(**{"a": 1, "b": 2}))
show("keywords around", lambda: f(a=1, **{"b": 2}, c=3, **{"d": 4}))
show("two empty", lambda: f(**{}, **{}))
show("star and empty", lambda: f(*[], **{}))
show("star then keyword", lambda: f(*[1], k=2))
show("keyword before star", lambda: f(a=1, *[1]))
show("binds parameters", lambda: g(*[1], **{"b": 2}))
show("lambda", lambda: (lambda x, y=0, *r, z=9, **kw: (x, y, r, z, kw))(*range(4), **{"z": 1, "w": 2}))
show("builtin", lambda: print(*[1, 2, 3], sep="-"))
show("type", lambda: int(*["12"], **{"base": 8}))

show("not iterable", lambda: f(*1))
show("not iterable None", lambda: f(*None))
show("not iterable builtin", lambda: print(*1))
show("not iterable len", lambda: len(*1))
show("second not iterable", lambda: f(*[1], *2))
show("after plain", lambda: f(1, *2))
show("not a mapping", lambda: f(**1))
show("not a mapping list", lambda: f(1, **[1]))
show("not a mapping lambda", lambda: (lambda: 0)(**1))
show("not a mapping type", lambda: int(**1))
show("repeated keyword", lambda: f(x=1, **{"x": 2}))
show("repeated keyword after", lambda: f(**{"a": 1}, a=2))
show("repeated in mappings", lambda: f(**{"a": 1}, **{"a": 2}))
show("not str keys", lambda: f(**{1: 2}))
show("not str keys builtin", lambda: print(**{1: 2}))
show("not str keys type", lambda: int(**{1: 2}))
show("not str keys later", lambda: f(**{"x": 1}, y=2, **{1: 2}))
show("multiple values for argument", lambda: g(*[1, 2], **{"a": 1}))
show("unexpected keyword", lambda: g(1, 2, **{"c": 1}))
show("too many positional", lambda: g(*(1, 2, 3)))
not_callable = 1
show("not callable", lambda: not_callable(*[]))


def order():
    log = []

    def item(x):
        nonlocal log
        log += [x]
        return [x]

    def mapping(x):
        nonlocal log
        log += [x]
        return {x: x}

    f(*item("a"), *item("b"), k=item("c"), **mapping("d"))
    return log


show("evaluation order", order)


def wrapper(func):
    def inner(*args, **kwargs):
        return "wrapped", func(*args, **kwargs)

    return inner


show("forwarding", lambda: wrapper(g)(1, b=2))
show("forwarding errors", lambda: wrapper(g)(1, 2, 3))


def recurse(n, *rest):
    if n == 0:
        return rest
    return recurse(n - 1, *rest, n)


show("recursion", lambda: recurse(5))
