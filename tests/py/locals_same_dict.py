# locals() in a function returns the same dict at each call, refreshed from
# the variables: new ones appear, deleted ones disappear, exec's additions
# stay (but do not change the real variables). vars() and dir() see the same.


def grow():
    d = locals()
    print(sorted(d))
    a = 1
    print(sorted(d))
    d2 = locals()
    print(d2 is d, sorted(d), d["a"])
    b = 2
    del a
    locals()
    print(sorted(d), "a" in d, d["b"])


grow()


def with_exec():
    x = 1
    exec("y = 5; x = 99")
    print(x, "y" in locals(), locals()["y"], locals()["x"])
    d = locals()
    d["z"] = "added"
    print(locals()["z"], sorted(locals()))
    try:
        print(y)
    except NameError as e:
        print("NameError", e)
    print(eval("y + x"))


with_exec()


def params(p, *args, q=3, **kw):
    d = locals()
    print(d)
    p = "changed"
    print(d["p"], locals()["p"], d is locals())


params(1, 2, k=4)


def cells():
    c = 1
    def inner():
        return c
    d = locals()
    print(sorted(d), d["c"])
    c = 2
    print(locals()["c"], d is locals())
    return inner


cells()


def free_vars():
    v = "outer"
    def inner():
        print(sorted(locals()), locals()["v"])
        w = v
        print(sorted(locals()))
        return locals()
    return inner()


print(free_vars())


def vars_dir():
    a = 1
    d = vars()
    print(d is locals(), dir())
    b = 2
    print(dir(), sorted(d))
    del a
    print(dir(), sorted(vars()), sorted(d))
    exec("zz = 1")
    print(dir())


vars_dir()


def gen():
    d = locals()
    x = yield sorted(d)
    yield sorted(locals()), d is locals(), x


g = gen()
print(next(g))
print(g.send(10))


def keeps_dict():
    x = [1, 2]
    return locals()


d = keeps_dict()
print(d, keeps_dict() is d)


def unbound_later():
    d = locals()
    for i in range(2):
        print(sorted(d), sorted(locals()))
        if i == 0:
            late = 1
        else:
            del late


unbound_later()


def recursive(n):
    d = locals()
    if n:
        inner = recursive(n - 1)
        print(n, d is inner, sorted(d))
    return d


recursive(2)


class Cls:
    x = 1
    print(sorted(k for k in locals() if not k.startswith("__")), locals() is locals())
    print(sorted(k for k in dir() if not k.startswith("__")))

print(sorted(k for k in dir() if not k.startswith("__") and k != "Cls")[:3], vars() is globals())
print(sorted(k for k in locals() if not k.startswith("__"))[:3])


def lambda_and_comp():
    y = 1
    print([sorted(locals()) for _ in range(1)], (lambda q: sorted(locals()))(5))


lambda_and_comp()


def errors():
    try:
        vars(1, 2)
    except TypeError as e:
        print(e)
    try:
        dir(1, 2)
    except TypeError as e:
        print(e)
    try:
        locals(1)
    except TypeError as e:
        print(e)


errors()
