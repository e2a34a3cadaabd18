# compile() errors found after parsing (symbol table, future statements,
# the compiler) and by the parser: their args, text, offsets; CPython reads
# the text back from the file the filename names, so compiling with this
# program's own path shows its lines. Also class statements with *bases
# and **keywords, and repeated keyword arguments.
for src in ["def f():\n    x = 1\n    global x", "nonlocal x", "break", "return 1", "def f(a, a): pass", "f(a=1, a=2)", "x = 1\nfrom __future__ import division", "from __future__ import braces", "yield", "await x", "match x:\n    case a:\n        pass\n    case b:\n        pass", "1 +", "del f()"]:
    for fn in ("s", __file__):
        try:
            compile(src, fn, "exec")
        except SyntaxError as e:
            print(repr(src)[:30], fn.rsplit("/", 1)[-1], e.args[1:] and e.args[1][3], repr(e.text), e.offset, e.end_offset)
for src in ["from __future__ import braces", "from __future__ import nope", "x=1\nfrom __future__ import division", "import os; from __future__ import division"]:
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print(e.args, e.end_lineno, e.end_offset, repr(e.text), str(e))
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A: pass
class B: pass
bases = (A, B)
opts = {"metaclass": Meta, "color": "red"}
class C(*bases, **opts):
    x = 1
print(C.__bases__, type(C).__name__, C.kw, C.x)
class D(A, *[B], size=3, **{"metaclass": Meta}):
    pass
print(D.__bases__, D.kw, type(D).__name__)
class E(*()):
    pass
print(E.__bases__)
def deco(c):
    c.decorated = True
    return c
@deco
class F(*[A], **{}):
    def m(self): return __class__
print(F.decorated, F().m() is F, F.__bases__)
try:
    class G(**{"metaclass": Meta}, **{"metaclass": type}):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class H(*5):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class I(**[1]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    exec("class J(a=1, a=2): pass")
except SyntaxError as e:
    print("SyntaxError:", e)
