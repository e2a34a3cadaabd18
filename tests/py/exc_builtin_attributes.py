# The builtin exceptions' constructors, attributes and str/repr forms:
# OSError's errno mapping to subclasses, UnicodeError details, SyntaxError
# fields, StopIteration.value, SystemExit.code, ImportError name/path,
# NameError/AttributeError name, BaseException.args and with_traceback.
for args in [(), ("msg",), (2, "No such file"), (2, "No such file", "f.txt"), (13, "Denied", "a", None, "b"),
             (17, "Exists"), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, repr(str(e)), e.errno, e.strerror, e.filename, e.filename2, e.args)
print(type(OSError(32, "pipe")).__name__, type(OSError(111, "refused")).__name__, type(OSError(11, "again")).__name__,
      type(OSError(4, "intr")).__name__, type(OSError(21, "isdir")).__name__, type(OSError(999, "x")).__name__)
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError))
print(repr(FileNotFoundError(2, "gone", "x.txt")), str(PermissionError("plain")))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, str(e))
u = UnicodeDecodeError("utf-8", b"ab\x80", 2, 3, "invalid start byte")
print(str(u), u.args)
try:
    UnicodeDecodeError("x")
except TypeError as e:
    print("TypeError:", e)
s = SyntaxError("bad thing", ("file.py", 3, 7, "x = = 1\n", 3, 8))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset, str(s))
print(str(SyntaxError("only msg")), SyntaxError().msg, str(IndentationError("ind", ("f", 1, 1, "x", 1, 2))))
st = StopIteration(42, "extra")
print(st.value, st.args, StopIteration().value)
for code in [None, 0, 3, "text", (1, 2)]:
    se = SystemExit(code) if code is not None else SystemExit()
    print(repr(se.code), se.args)
print(SystemExit(1, 2).code)
ie = ImportError("no module", name="mod", path="/x/mod.py")
print(ie.msg, ie.name, ie.path, str(ie), repr(ie), ModuleNotFoundError("m").name)
try:
    ImportError("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    undefined_thing
except NameError as e:
    print(e.name, e.args)
try:
    (1).nope
except AttributeError as e:
    print(e.name, e.obj, e.args)
print(AttributeError("m", name="n", obj=5).name, NameError("m", name="z").name)
e = ValueError("a", 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(ValueError("")), repr(ValueError(None)))
e.args = ("changed",)
print(e, e.args)
e.args = [1, 2]
print(e.args, type(e.args).__name__)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError("k", "v")), str(IndexError(5)))
print(repr(BaseException()), repr(Exception("x", 1)), repr(ZeroDivisionError("division by zero")))
print(BaseException.__mro__, ArithmeticError.__subclasses__()[:3] == [FloatingPointError, OverflowError, ZeroDivisionError])
print([c.__name__ for c in (TimeoutError, ConnectionResetError, BrokenPipeError, NotADirectoryError)
       if issubclass(c, OSError)], issubclass(ConnectionResetError, ConnectionError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException), issubclass(StopAsyncIteration, Exception))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError), issubclass(UnicodeTranslateError, ValueError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(TabError, IndentationError), issubclass(BlockingIOError, OSError))
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), issubclass(EncodingWarning, Warning))
ex = RuntimeError("with tb")
print(ex.__traceback__, ex.with_traceback(None) is ex, ex.__cause__, ex.__context__, ex.__suppress_context__)
try:
    ex.__cause__ = "not an exception"
except TypeError as err:
    print("TypeError:", err)
ex.__cause__ = ValueError("cause")
print(repr(ex.__cause__), ex.__suppress_context__)
try:
    raise ex
except RuntimeError as caught:
    print(caught.__traceback__ is not None, type(caught.__traceback__).__name__)
try:
    BaseException.with_traceback(ex, 5)
except TypeError as err:
    print("TypeError:", err)
print(BlockingIOError(11, "again", 7).characters_written if False else BlockingIOError(11, "again", 7).characters_written)
try:
    raise 5
except TypeError as err:
    print("TypeError:", err)
try:
    raise ValueError from 5
except TypeError as err:
    print("TypeError:", err)


class NotExc:
    pass


try:
    raise NotExc
except TypeError as err:
    print("TypeError:", err)
try:
    raise ValueError("v") from KeyError
except ValueError as err:
    print(repr(err.__cause__))
for cls in (NameError, AttributeError, ImportError, ModuleNotFoundError):
    try: cls("x", bogus=1)
    except TypeError as e: print(e)
try: ValueError(x=1)
except TypeError as e: print(e)
try: OSError(x=1)
except TypeError as e: print(e)
try: StopIteration(x=1)
except TypeError as e: print(e)
try: SyntaxError(x=1)
except TypeError as e: print(e)
try: BaseExceptionGroup("a", [ValueError()], x=1)
except TypeError as e: print(e)
try: NameError("x", name=1, obj=2)
except TypeError as e: print(e)
b = BlockingIOError(11, "again", 7)
print(b.characters_written, b.filename, b.args, str(b))
b.characters_written = 3
print(b.characters_written)
del b.characters_written
try: b.characters_written
except AttributeError as e: print("AE", e)
try: del b.characters_written
except AttributeError as e: print("AE", e)
c = BlockingIOError(11, "again")
try: c.characters_written
except AttributeError as e: print("AE", e)
print(BlockingIOError(11, "again", "name").filename)
try: BlockingIOError(11, "again", 2.5)
except TypeError as e: print(e)
class B(BlockingIOError): pass
print(B(11, "x", 5).filename)
print(OSError(2, "x", None).args, OSError(2, "x", None, None, "f2").filename2)
