# exec and eval namespaces: globals and locals dicts, __builtins__ being
# added, functions defined by exec seeing the exec globals, eval of
# expressions with free names, compile() modes and their code objects.
ns = {}
exec("a = 1\nb = a + 1\ndef f(x):\n    return x * b\n", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["f"](5), "__builtins__" in ns)
# f's globals are ns, which holds f: a cycle, broken by hand (no cycle
# collector yet).
ns.clear()
g = {"base": 10}
loc = {}
exec("r = base + 1\nbase_seen = base", g, loc)
print(sorted(loc.items()), "r" in g)
print(eval("x * y", {"x": 3}, {"y": 4}), eval("len('abc')"), eval("[i * i for i in range(4)]"))
try:
    eval("undefined_name + 1", {})
except NameError as e:
    print("NameError:", e)
try:
    eval("1 +", {})
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
try:
    exec("def broken(:\n    pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset, repr(e.text))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
code = compile("total = sum(range(5))", "<mine>", "exec")
space = {}
exec(code, space)
print(space["total"], code.co_filename, type(code).__name__)
expr_code = compile("2 ** 10", "<expr>", "eval")
print(eval(expr_code), expr_code.co_name)
try:
    compile("x", "<s>", "bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    exec(42)
except TypeError as e:
    print("TypeError:", e)
try:
    eval("1", [])
except TypeError as e:
    print("TypeError:", e)
try:
    exec("1", {}, [])
except TypeError as e:
    print("TypeError:", e)


def uses_exec_locals():
    local_var = "local"
    return eval("local_var + '!'")


print(uses_exec_locals())


def exec_cannot_set_fast_locals():
    v = "original"
    exec("v = 'changed'")
    return v


print(exec_cannot_set_fast_locals())
outer_ns = {"counter": 0}
exec("""
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
""", outer_ns)
print(outer_ns["counter"], outer_ns["bump"]())
del outer_ns["bump"]
class_ns = {}
exec("class Point:\n    dims = 2\n    def area(self):\n        return 0\n", class_ns)
print(class_ns["Point"].dims, class_ns["Point"].__module__, class_ns["Point"]().area())
del class_ns["Point"]
print(eval("__name__"), eval("__name__", {"__name__": "custom"}), eval("__name__", {}))


class MappingLocals:
    def __init__(self):
        self.store = {}

    def __getitem__(self, key):
        print("  lookup", key)
        if key == "magic":
            return 42
        raise KeyError(key)

    def __setitem__(self, key, value):
        print("  store", key, value)
        self.store[key] = value


m = MappingLocals()
exec("answer = magic + 1", {}, m)
print(m.store)
print(eval("magic * 2", {}, m))
try:
    eval("nothing", {}, m)
except NameError as e:
    print("NameError:", e)
exec("print('printed from exec', 1 + 1)")
exec("import_like = __builtins__ is not None")
print(import_like)
src = "for i in range(3):\n    acc.append(i * i)\n"
acc = []
exec(src)
print(acc)
single = compile("1 + 1\n", "<single>", "single")
exec(single)
exec(compile("None", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
print(eval(" 1 + 2  "), eval("\t3"))
