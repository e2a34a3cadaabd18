# Closures: late binding in loops, default-argument capture, nonlocal through
# several levels, cells shared between sibling closures, closures surviving
# their frame, rebinding after capture, __closure__ cell contents, and errors
# for unbound free variables.
def late():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]


print(late())


def counter_pair():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return inc, get


inc, get = counter_pair()
inc(), inc()
print(get(), inc(), get())


def three_levels():
    a = 1

    def middle():
        b = 10

        def inner():
            nonlocal a, b
            a += 1
            b += 1
            return a + b

        return inner

    inner = middle()
    r1, r2 = inner(), inner()
    return r1, r2, a


print(three_levels())


def rebinding():
    x = "before"

    def show():
        return x

    x = "after"
    return show()


print(rebinding())


def cell_info():
    p, q = 5, "s"

    def f():
        return p, q

    return f


f = cell_info()
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])


def unbound_free():
    def g():
        return v

    try:
        g()
    except NameError as e:
        print("NameError:", e)
    v = 1
    return g()


print(unbound_free())


def deleted_free():
    v = 1

    def g():
        return v

    del v
    try:
        g()
    except NameError as e:
        print("NameError:", e)


deleted_free()


def acc_factory():
    items = []

    def add(x):
        items.append(x)
        return len(items)

    add.items = items
    return add


a1, a2 = acc_factory(), acc_factory()
a1(1), a1(2), a2(3)
print(a1.items, a2.items)


def make_ops():
    ops = {}
    for name, fn in (("add", lambda a, b: a + b), ("mul", lambda a, b: a * b)):
        def wrapped(a, b, fn=fn, name=name):
            return f"{name}({a},{b})={fn(a, b)}"

        ops[name] = wrapped
    return ops


ops = make_ops()
print(ops["add"](2, 3), ops["mul"](2, 3))


def memo(fn):
    cache = {}
    hits = 0

    def wrapper(n):
        nonlocal hits
        if n in cache:
            hits += 1
            return cache[n]
        cache[n] = r = fn(n)
        return r

    wrapper.stats = lambda: (len(cache), hits)
    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.stats())


def gen_closure():
    total = 0

    def g():
        nonlocal total
        while True:
            total += yield total

    return g(), lambda: total


gen, peek = gen_closure()
next(gen)
gen.send(5), gen.send(7)
print(peek())


def class_in_closure():
    secret = "s3"

    class K:
        def reveal(self):
            return secret

        attr = secret.upper()

    return K


K = class_in_closure()
print(K().reveal(), K.attr)


def shadow_param(x):
    def inner():
        x = "inner local"
        return x

    return inner(), x


print(shadow_param("param"))


def comprehension_capture():
    n = 10
    return [lambda: n + i for i in range(2)], {i: (lambda j=i: j * n)() for i in range(3)}


fs, d = comprehension_capture()
print([f() for f in fs], d)
x = "global"


def uses_global_then_local():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


uses_global_then_local()


def nonlocal_in_loop():
    results = []
    total = 0

    def add(v):
        nonlocal total
        total += v

    for v in range(5):
        add(v)
        results.append(total)
    return results


print(nonlocal_in_loop())
