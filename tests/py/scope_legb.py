# Name resolution: local, enclosing, global, builtin; global and nonlocal
# declarations; class bodies not being an enclosing scope for methods;
# comprehensions in class bodies; shadowing builtins and deleting the shadow.
x = "global x"


def outer():
    x = "outer x"

    def middle():
        def inner():
            return x
        return inner()
    return middle()


print(outer())


def reads_global():
    return x


def shadows():
    x = "local x"
    return x


print(reads_global(), shadows(), x)


def set_global():
    global x, created
    x = "changed by set_global"
    created = "created inside function"


set_global()
print(x, created)


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


c = counter()
print(c(), c(), c(10))
c2 = counter()
print(c2(), c())


def nested_nonlocal():
    a = 1

    def level1():
        def level2():
            nonlocal a
            a += 100
        level2()
        return a
    r = level1()
    return r, a


print(nested_nonlocal())


class Config:
    name = "config"
    upper = name.upper()
    items = [name + str(i) for i in range(2)] if False else None
    squares = [i * i for i in range(4)]

    def method(self):
        try:
            return name
        except NameError as e:
            return f"NameError: {e}"

    def qualified(self):
        return Config.name


print(Config.upper, Config.squares, Config().method(), Config().qualified())


class Tricky:
    y = 5
    try:
        vals = [y for _ in range(2)]
    except NameError as e:
        vals = f"NameError: {e}"
    firsts = [z for z in range(y)]


print(Tricky.vals, Tricky.firsts)

print(len("abc"))
len = lambda s: "shadowed len"
print(len("abc"))
del len
print(len("abc"))


def uses_builtin_shadow():
    print = lambda *a: None
    print("invisible")
    return "print shadowed locally"


print(uses_builtin_shadow())


def closure_over_loop():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]


print(closure_over_loop())


def make_adders():
    return [(lambda n: lambda x: x + n)(n) for n in range(3)]


print([f(10) for f in make_adders()])


def cell_after_def():
    def get():
        return value
    value = "assigned after def"
    return get()


print(cell_after_def())


def global_in_nested():
    def inner():
        global gcount
        gcount = gcount + 1 if "gcount" in globals() else 1
        return gcount
    inner()
    return inner()


print(global_in_nested())


def class_in_function():
    secret = "closure value"

    class Local:
        seen = secret

        def get(self):
            return secret
    return Local.seen, Local().get(), Local.__qualname__


print(class_in_function())


def default_evaluated_once(acc=[]):
    acc.append(len(acc))
    return acc


print(default_evaluated_once(), default_evaluated_once(), default_evaluated_once([]))
y = 1


def defaults_capture(v=y):
    return v


y = 2
print(defaults_capture(), y)


def param_shadows_global(x):
    return x


print(param_shadows_global("param"), x)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])


def locals_snapshot(a, b=2):
    c = a + b
    return sorted(locals().items())


print(locals_snapshot(1))


def nonlocal_in_class():
    v = "function v"

    class K:
        nonlocal v
        v = "set from class body"
    return v


print(nonlocal_in_class())


def walrus_in_comprehension():
    data = [3, 8, 1, 9]
    if any((big := n) > 5 for n in data):
        return big


print(walrus_in_comprehension())
