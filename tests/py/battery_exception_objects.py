# Exception objects: str/repr of their arguments, special attributes
# (StopIteration.value, OSError errno mapping, UnicodeError fields), the
# hierarchy, and exception groups' split/subgroup/derive.
def err(src, mode="exec"):
    try:
        compile(src, "<t>", mode)
        return "ok"
    except SyntaxError as e:
        return (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)


tests = [
 "str(KeyError('k'))", "str(KeyError())", "str(KeyError('a', 'b'))", "repr(KeyError('k'))", "str(ValueError())",
 "str(ValueError(1, 2))", "repr(ValueError(1, 2))", "repr(ValueError('x',))", "str(Exception(None))",
 "Exception('a').args", "Exception().args", "StopIteration(5).value", "StopIteration().value", "StopIteration(1, 2).value",
 "SystemExit().code", "SystemExit(3).code", "SystemExit(1, 2).code", "OSError(2, 'No such file').errno",
 "OSError(2, 'No such file').strerror", "str(OSError(2, 'No such file'))", "str(OSError(2, 'x', 'f.txt'))",
 "type(OSError(2, 'x')).__name__", "type(OSError(13, 'x')).__name__", "type(OSError(17, 'x')).__name__", "OSError('a').errno",
 "str(OSError(1, 2, 3, 4, 5))", "repr(FileNotFoundError(2, 'gone'))", "str(UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'bad'))",
 "str(UnicodeEncodeError('ascii', 'é', 0, 1, 'nope'))", "UnicodeDecodeError('utf-8', b'ab', 1, 2, 'r').object",
 "str(AttributeError('x', name='n', obj=1))", "AttributeError('x', name='n').name", "NameError('x', name='y').name",
 "AttributeError(obj=1).obj", "ImportError('m', name='nm', path='p').path", "str(ImportError('a', 'b'))",
 "ImportError(x=1)", "KeyError(x=1)", "str(SyntaxError('msg', ('f', 1, 2, 'txt', 1, 3)))", "SyntaxError('m').msg",
 "SyntaxError('m', ('f', 3, 4, 'code')).lineno", "repr(SyntaxError())", "str(SyntaxError('m', ('f', None, None, None)))",
 "ExceptionGroup('g', [ValueError(1)]).exceptions", "str(ExceptionGroup('g', [ValueError(1), TypeError()]))",
 "repr(ExceptionGroup('g', [ValueError(1)]))", "ExceptionGroup('g', [])", "ExceptionGroup('g', [1])",
 "ExceptionGroup(1, [ValueError()])", "type(BaseExceptionGroup('g', [ValueError()])).__name__",
 "type(BaseExceptionGroup('g', [KeyboardInterrupt()])).__name__", "ExceptionGroup('g', [KeyboardInterrupt()])",
 "ExceptionGroup('g', [ValueError(1), TypeError(2)]).subgroup(ValueError).exceptions",
 "ExceptionGroup('g', [ValueError(1), TypeError(2)]).split(TypeError)[0].exceptions",
 "ExceptionGroup('g', [ValueError(1)]).subgroup(TypeError)", "ExceptionGroup('g', [ValueError(1)]).derive([KeyError()]).message",
 "ExceptionGroup('g', [ValueError(1), ExceptionGroup('h', [TypeError(3)])]).subgroup(lambda e: isinstance(e, TypeError))",
 "Exception('x').with_traceback(None).args", "Exception().with_traceback(5)", "Exception().__traceback__",
 "Exception().__cause__", "Exception().__context__", "Exception().__suppress_context__", "Exception().add_note(5)",
 "Exception().__notes__", "BaseException.__new__(ValueError).args", "ValueError.__mro__", "issubclass(KeyError, LookupError)",
 "issubclass(UnicodeDecodeError, ValueError)", "issubclass(ModuleNotFoundError, ImportError)", "issubclass(TimeoutError, OSError)",
 "issubclass(RecursionError, RuntimeError)", "issubclass(StopAsyncIteration, Exception)", "issubclass(GeneratorExit, Exception)",
 "issubclass(KeyboardInterrupt, Exception)", "issubclass(BrokenPipeError, ConnectionError)", "EnvironmentError is OSError",
 "issubclass(ExceptionGroup, Exception)", "issubclass(ExceptionGroup, BaseExceptionGroup)", "issubclass(FloatingPointError, ArithmeticError)",
 "issubclass(IndentationError, SyntaxError)", "issubclass(TabError, IndentationError)", "issubclass(UserWarning, Warning)",
 "issubclass(DeprecationWarning, Warning)", "issubclass(Warning, Exception)", "BaseException('a', 'b').__str__()",
 "ValueError('x') == ValueError('x')", "hash(ValueError()) is not None", "Exception.__init__(Exception(), 1, 2) is None",
 "e = 5", "ArithmeticError().args", "ZeroDivisionError('d').args[0]", "raise_ := 1",
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
