"""compile() with CO_FUTURE_BARRY_AS_BDFL: the parser takes <> and refuses !=; code passes the flag on."""
BARRY = 0x400000
def show(src, mode="eval", flags=BARRY):
    try:
        print(repr(src), eval(compile(src, "<b>", mode, flags)) if mode == "eval" else exec(compile(src, "<b>", mode, flags)))
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
show("1 <> 2")
show("1 <> 1")
show("1 != 2")
show("1 != 2", flags=0)
show("1 <> 2", flags=0)
show("[x for x in (1, 2) if x <> 1]")
show("f'{1 <> 2}'")
show("f'{1 != 2}'")
show("a <> b != c")
show("(1,\n 2) <> 3 != 4")
show("from __future__ import barry_as_FLUFL\nprint(1 <> 2)", "exec", 0)
show("x = 1 != 2", "exec")
show("if 1 != 2: pass", "exec")
show("1 < 2 != 3")
code = compile("exec('print(3 <> 4)')", "<b>", "exec", BARRY)
print(hex(code.co_flags))
exec(code)
exec(compile("exec('print(3 != 4)')", "<b>", "exec", BARRY))
