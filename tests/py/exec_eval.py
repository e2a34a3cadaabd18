# exec(), eval(), compile(), globals() and locals().
print(eval("1 + 2 * 3"), eval("  [x * x for x in range(4)]"))
ns = {"a": 10}
exec("b = a * 2\ndef twice(v):\n    return v * 2", ns)
print(ns["b"], ns["twice"](21), "__builtins__" in ns)
print(eval("a + b", ns), eval("a + c", ns, {"c": 1}))
del ns["twice"]  # the function refers to ns: no cycle left behind
loc = {}
exec("x = 5\ny = x + 1", {}, loc)
print(loc)
code = compile("total = 0\nfor i in range(5):\n    total += i\n", "<calc>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
g = {}
exec(code, g)
print(g["total"])
expr = compile("total * 2", "<expr>", "eval")
print(eval(expr, g))

def scope():
    local_value = 7
    print(eval("local_value + 1"))
    print(sorted(locals().items()) if False else locals())
    return globals() is globals()
print(scope())
print(globals()["__name__"], "scope" in globals())

class K:
    exec("inside = 3")
    value = eval("inside * 2")
print(K.inside, K.value)

for source, mode in [("1 +", "eval"), ("def f(:", "exec"), ("x = (", "exec"), ("  x = 1", "exec")]:
    try:
        compile(source, "<test>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.filename)
for bad in [lambda: compile("x", "f", "bad"), lambda: compile(3, "f", "exec"), lambda: exec("x", 3),
            lambda: exec("x", {}, 3), lambda: eval(3), lambda: eval("1", 3), lambda: compile("a\0b", "f", "exec")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    exec("undefined_name")
except NameError as e:
    print("NameError", e)
e = SyntaxError("bad thing", ("file.py", 3, 5, "x = = 1\n", 3, 7))
print(e, e.msg, e.lineno, e.offset, repr(e.text), e.end_offset)
exec("def broken():\n    return 1 / 0\nbroken()")
