# Scope declarations at compile time: the SyntaxErrors of global/nonlocal
# misuse (used or assigned before the declaration, parameters declared
# global or nonlocal, nonlocal at module level or without a binding,
# annotated names declared global), and runtime NameError/UnboundLocalError
# messages for free, global and class-body names.
def err(src):
    try:
        compile(src, "<scope>", "exec")
        return "ok"
    except SyntaxError as e:
        return f"SyntaxError: {e.msg} (line {e.lineno}, col {e.offset})"


cases = [
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f(x):\n    global x",
    "def f(x):\n    nonlocal x",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
    "nonlocal x",
    "def f():\n    nonlocal x",
    "def f():\n    global x\n    nonlocal x",
    "x: int = 1\nglobal x",
    "def f():\n    global x\n    x: int = 1",
    "def f():\n    x: int\n    global x",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 2",
    "class C:\n    x = 1\n    def m(self):\n        nonlocal x",
    "def f():\n    global x, x\n    x = 1",
    "def f():\n    for x in []: pass\n    global x",
    "def f():\n    import_ = 1\n    global import_",
    "def f():\n    def x(): pass\n    global x",
    "def f():\n    class x: pass\n    nonlocal x",
    "def f():\n    [x for x in range(3)]\n    global x",
    "def f():\n    (x := 5)\n    global x",
    "def f():\n    global x\n    [x := i for i in range(3)]",
    "def f(a):\n    def g():\n        nonlocal a\n        a = 1\n    return g",
    "def f():\n    try: pass\n    except E as x: pass\n    global x",
    "def f():\n    with a as x: pass\n    nonlocal x",
    "def f():\n    del x\n    global x",
    "def f():\n    x += 1\n    global x",
]
for src in cases:
    print(repr(src), "->", err(src))


def runtime(label, fn):
    try:
        print(label, "->", fn())
    except (NameError, UnboundLocalError) as e:
        print(label, "->", type(e).__name__ + ":", e)


def free_unbound():
    def inner():
        return y

    r = inner
    y = 1
    del y
    return r()


def local_before():
    v = w
    w = 1
    return v


def global_missing():
    global never_defined
    return never_defined


def class_body():
    class C:
        a = undefined_in_class
    return C


def comprehension_free():
    return [q for _ in range(1)]


def del_twice():
    z = 1
    del z
    del z


runtime("free_unbound", free_unbound)
runtime("local_before", local_before)
runtime("global_missing", global_missing)
runtime("class_body", class_body)
runtime("comprehension_free", comprehension_free)
runtime("del_twice", del_twice)
runtime("builtin shadow", lambda: (lambda: len)())
