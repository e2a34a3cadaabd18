"""compile()'s flags argument and the future features of code compiled at run
time, in a module without future statements."""


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


# Without the feature, annotations are evaluated, args before posonly args.
def order(a: print("a") or 1, /, b: print("b") or 2, *c: print("c") or 3, d: print("d") or 4) -> print("r") or 5:
    pass


print(order.__annotations__)

ANNOTATIONS = 0x1000000
code = compile("def f(x: undefined[int], /, y: 1 + 2) -> None: pass", "<flags>", "exec", ANNOTATIONS)
print(hex(code.co_flags))
ns = {}
exec(code, ns)
print(ns["f"].__annotations__)
print(hex(ns["f"].__code__.co_flags & ANNOTATIONS))

# The module itself has no future feature: nothing is inherited.
code = compile("def f(x: 1 + 2): pass", "<plain>", "exec")
print(hex(code.co_flags))
ns = {}
exec(code, ns)
print(ns["f"].__annotations__)

# Code compiled with the flag passes it on to the exec() it runs.
ns = {}
exec(compile("exec('def g(y: a.b) -> c: pass')", "<outer>", "exec", ANNOTATIONS), ns)
print(ns["g"].__annotations__)
ns = {"a": 1}
exec(compile("exec(compile('def g(y: a) -> 2: pass', '', 'exec', dont_inherit=1))", "<outer>", "exec",
             ANNOTATIONS), ns)
print(ns["g"].__annotations__)
print(eval(compile("(lambda: 0).__code__.co_flags", "", "eval", ANNOTATIONS)) & ANNOTATIONS)

# Class bodies and module-level annotations compiled with the flag.
ns = {}
exec(compile("class K:\n    a: int\n    b: missing = 1\nx: y[z]\n", "<cls>", "exec", ANNOTATIONS), ns)
print(ns["K"].__annotations__, ns["K"].b, ns["__annotations__"])

# The other future flags are accepted and kept in co_flags (as CPython does).
for flag in (0x20000, 0x40000, 0x80000, 0x100000, 0x200000, 0x800000):
    print(hex(flag), hex(compile("x", "", "exec", flag).co_flags))
# Obsolete and non-future flags are accepted but not kept.
for flag in (0x10, 0x200, 0x1000, 0x2000, 0x4000):
    print(hex(flag), hex(compile("x", "", "exec", flag).co_flags))
for flag in (0x1, 0x2, 0x100, 0x800, 0x8000, 0x2000000, -1):
    show(hex(flag), lambda: compile("x", "", "exec", flag))

# The future statements set co_flags only for annotations and barry_as_FLUFL.
for feature in ("nested_scopes", "generators", "division", "absolute_import", "with_statement",
                "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"):
    code = compile(f"from __future__ import {feature}\n", "<future>", "exec")
    print(feature, hex(code.co_flags))

# Errors of future statements in compiled source.
sources = [
    "from __future__ import braces",
    "from __future__ import annotations, nope",
    "from __future__ import *",
    "x = 1\nfrom __future__ import annotations",
    "'doc'\n'more'\nfrom __future__ import annotations",
    "def f():\n    from __future__ import annotations",
    "class C:\n    from __future__ import division",
    "if 1:\n    from __future__ import annotations",
    "from __future__ import annotations\nfrom __future__ import spam",
    "from __future__ import annotations\nx = 1\nfrom __future__ import division",
    "from __future__ import annotations; x = 1; from __future__ import division",
    "from __future__ import annotations\ndef f(x: (yield)): pass",
    "from __future__ import annotations\nx: (y := 1)",
    "from __future__ import annotations\nasync def f():\n    def g(x: await y): pass",
    "from __future__ import annotations\ndef f() -> (yield from x): pass",
    "def f(x: (y := 1)): pass",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# Accepted forms of the statement.
for src in [
    '"""doc"""\nfrom __future__ import annotations\nfrom __future__ import division\ndef f(x: y): pass',
    "from __future__ import (annotations, division,)\ndef f(x: y): pass",
    "from __future__ import annotations as ann\ndef f(x: y): pass",
    "from __future__ import generator_stop, nested_scopes, generators\ndef f(x: int): pass",
    "# comment\n\nfrom __future__ import annotations\n\ndef f(x: y): pass",
]:
    ns = {}
    code = compile(src, "<ok>", "exec")
    print(hex(code.co_flags))
