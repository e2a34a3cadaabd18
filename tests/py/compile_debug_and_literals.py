# compile() errors for binding __debug__ (names, attributes, parameters,
# keywords, annotations) at CPython's locations, conditional expressions
# without their else-part, and bytes/str literal mixing, including
# character-counted columns for non-ASCII source given as a str.
def err(src, mode="exec"):
    try:
        compile(src, "<t>", mode)
        return "ok"
    except SyntaxError as e:
        return (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for s in ["__debug__ = 1", "x = __debug__ = 1", "del __debug__", "x.__debug__ = 1", "del x.__debug__", "__debug__ += 1",
          "__debug__: int = 1", "__debug__: int", "x.__debug__: int", "for __debug__ in x: pass", "def __debug__(): pass", "class __debug__: pass",
          "def f(__debug__): pass", "def f(*, __debug__): pass", "def f(*__debug__): pass", "def f(**__debug__): pass",
          "def f(__debug__, /): pass", "async def f(__debug__): pass", "y = lambda __debug__: 1", "f(__debug__=1)",
          "f(a, b=2, __debug__=1)", "class C(__debug__=1): pass", "try: pass\nexcept E as __debug__: pass",
          "with a as __debug__: pass", "(__debug__ := 1)", "[__debug__ for __debug__ in x]", "x, __debug__ = 1, 2",
          "print(__debug__)", "x.__debug__", "def f():\n    __debug__ = 1", "class C:\n    def m(self, __debug__): pass",
          "@d\ndef f(a,\n  __debug__): pass", "global __debug__", "nonlocal __debug__", "def f():\n  nonlocal __debug__",
          "(a, *__debug__) = x", "__debug__[0] = 1", "x.y.__debug__ = 2"]:
    print(repr(s), err(s))
for s in ["x = 5 if 1 else", "x = 5 if 1", "x = 5 if", "f(x = 5 if 1 else)", "x = 5 if 1 else\n", "y = [5 if 1 else]",
          "x = 5 +", "x = (5 if 1 else)", "x = 5 if 1 else 2 if", "x = a b", "x = 5 5", "x = yield 5 if", "x = lambda: 1 if 2 else",
          "print(5 if 1 else)", "a = b = 5 if 1 else", "x: int = 5 if 1 else", "x += 5 if 1 else", "return 5 if 1 else",
          "x = not", "x = 1 and", "x = -", "x = await", "x = 5 if 1 els 2",
          'b"é"', 'x = b"é"', 'b"aé"', 'b"\\xe9é"', 'rb"é"', 'b"ok" b"é"', 'f"{b"é"}"']:
    print(repr(s), err(s))
for s in ['"a" b"é"', 'b"é" "a"', '"\\N{nope}" b"x"', 'b"x" "\\N{nope}"', '"a" b"b" "\\N{nope}"', 'f"{x}" b"é"', 'b"é" f"{x}"', '"a" "b" b"c"']:
    print(repr(s), err(s))
for s in ['x = "é" +', 'x = "é" +\n', 'x = ("é" 1)', 'x = b"é" + 1', '(b"é")', 'b"é"; x = 1', 'x = "é" b"é"']:
    print(repr(s), err(s))
