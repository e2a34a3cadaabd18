# compile() of str and bytes sources in the three modes: the syntax error's
# location and text where a string (unlike a file) may lack a final newline
# (exec input gets one, eval and single input do not), and 'single' refusing
# several statements.
snips = ["1 +", "x = 1", "if x:\n  pass", "if x:\n  pass\n", "def f(:", "(", ")", "1 + # c", "a\n  b", "if x:\n  y\n z",
         "'abc", "'''abc", "x = (1,\n", "\\", "1 \\", "for x in y:", "lambda", "f(**)", "a b c", "x +=", "\t1",
         "1\n+2", "x = 1; y = 2", "pass\n\n", "", "   ", "# only comment", "if 1:\n    pass\nelse", "\n\n1 +", "1 + \r\n", "1 +\r"]
for src in snips:
    for mode in ("eval", "exec", "single"):
        for s in (src, src.encode()):
            try:
                compile(s, "<s>", mode)
                print(mode, repr(s), "ok")
            except SyntaxError as e:
                print(mode, repr(s), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for src in ("x = 1\n", "if x:\n    y = 1\n\n", "x = 1  # comment\n\n# more\n", "x = 1\ny = 2\n", "x = 1\n  \n# c\nz"):
    try:
        print(repr(src), type(compile(src, "<single>", "single")).__name__)
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, repr(e.text))
eval("")
