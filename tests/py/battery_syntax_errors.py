# compile() errors: the SyntaxError message and location (lineno, offset,
# end_lineno, end_offset, text) of many malformed programs.
def err(src, mode="exec"):
    try:
        compile(src, "<t>", mode)
        return "ok"
    except SyntaxError as e:
        return (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)


tests = [
 "err('x = (1,')", "err('x = 1 +')", "err('def f(:\\n  pass')", "err('if x\\n  pass')", "err('a b')",
 "err('f(a for a in b, c)')", "err('x = [1, 2')", "err(\"'abc\")", "err('\"\"\"abc')", "err('1 = x')", "err('f() = 1')",
 "err('del f()')", "err('x += 1, 2 = 3')", "err('(a, b) += 1')", "err('lambda: (yield)')", "err('return 1')",
 "err('break')", "err('continue')", "err('def f():\\n  global x\\n  x = 1\\n  global x')", "err('def f(a, a): pass')",
 "err('def f(a=1, b): pass')", "err('f(x=1, 2)')", "err('f(**a, *b)')", "err('f(x=1, x=2)')", "err('nonlocal x')",
 "err('def f():\\n  nonlocal y')", "err('class C:\\n  nonlocal z')", "err('x = 1\\n  y = 2')", "err('if 1:\\npass')",
 "err('  x = 1')", "err('if 1:\\n\\tx = 1\\n        y = 2')", "err('print \"hi\"')", "err('exec \"x\"')", "err('a = 1 if 2')",
 "err('x = yield = 1')", "err('[x for x in y] = 1')", "err('{1: 2} = x')", "err('a.b: int = 1')", "err('(a): int')",
 "err('a, b: int')", "err('None = 1')", "err('__debug__ = 1')", "err('def f(__debug__): pass')", "err('True = 1')",
 "err('f(True=1)')", "err('x = 0777')", "err('x = 1_')", "err('x = 0b12')", "err('x = 1e')", "err('x = 0x')",
 "err('x = 5 if 1 else')", "err('@\\ndef f(): pass')", "err('async = 1')", "err('await x')", "err('with a as 1: pass')",
 "err('for 1 in x: pass')", "err('import')", "err('from x import')", "err('from x import *, y')", "err('x: int = 1 = 2')",
 "err('try:\\n  pass')", "err('try:\\n  pass\\nfinally:\\n  pass\\nexcept:\\n  pass')", "err('else: pass')",
 "err('x = $')", "err('x = `1`')", "err('x = 1 ? 2 : 3')", "err('f\"{}\"')", "err('f\"{x!z}\"')", "err('f\"{x\"')",
 "err('f\"}\"')", "err('b\"é\"')", "err('u\"\" b\"\"')", "err('\"\" b\"\"')", "err('x = \\'\\\\N{nope}\\'')", "err('\\'\\\\x1\\'')",
 "err('match x:\\n  case 1 + 1: pass')", "err('match x:\\n  case {**a, **b}: pass')", "err('match x:\\n  case a if: pass')",
 "err('def f(*): pass')", "err('def f(*, **k): pass')", "err('def f(**k, a): pass')", "err('def f(a, /, b, /): pass')",
 "err('lambda *: 1')", "err('x = *a')", "err('print(*a for a in b)')", "err('del *a')", "err('a, *b, *c = d')",
 "err('1 if 2 else 3 = 4')", "err('x := 1')", "err('(x.y := 1)')", "err('def f(x=(y := 1)): pass') ", "err('(a, b) := 1')",
 "err('1', 'eval')", "err('x = 1', 'eval')", "err('1; 2', 'single')", "err('', 'eval')", "err('pass', 'single')",
]
for t in tests:
    try:
        if "=" in t and t.split("=")[0].strip().isidentifier() and not t.startswith("err"):
            exec(t)
            r = "exec ok"
        else:
            r = repr(eval(t))
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(f"{t} -> {r}")
