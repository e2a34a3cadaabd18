def t(f):
    try:
        r = f()
        print("->", type(r).__name__, repr(r))
    except Exception as e:
        print("!!", type(e).__name__, e)
t(lambda: ExceptionGroup())
t(lambda: ExceptionGroup("a"))
t(lambda: ExceptionGroup("a", [ValueError()], 3))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup("a", [ValueError()], x=1))
t(lambda: ExceptionGroup("a", ValueError()))
t(lambda: ExceptionGroup("a", {ValueError()}))
t(lambda: ExceptionGroup("a", []))
t(lambda: ExceptionGroup("a", [ValueError(), 1]))
t(lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup("a", [ValueError()]))
t(lambda: BaseExceptionGroup("a", [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup("a", (ValueError(1), TypeError(2))))
eg = ExceptionGroup("msg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(str(eg), eg.message, eg.exceptions, eg.args)
t(lambda: eg.derive())
t(lambda: eg.derive([KeyError(5)]))
t(lambda: eg.derive([KeyError(5)], 2))
t(lambda: eg.split())
t(lambda: eg.split(ValueError))
t(lambda: eg.split((ValueError, TypeError)))
t(lambda: eg.split(lambda e: isinstance(e, TypeError)))
t(lambda: eg.split(int))
t(lambda: eg.split(len))
t(lambda: eg.subgroup(ValueError))
t(lambda: eg.subgroup(KeyError))
t(lambda: eg.subgroup(ExceptionGroup))
t(lambda: eg.split(ExceptionGroup))
t(lambda: eg.split(BaseException))
print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), isinstance(eg, Exception))
t(lambda: eg.subgroup(lambda e: True) is eg)
m, r = eg.split(ValueError)
print(m.__traceback__, m.__cause__, m.__context__, m.__suppress_context__)
class MyEG(ExceptionGroup):
    pass
my = MyEG("mine", [ValueError(1), TypeError(2)])
m, r = my.split(ValueError)
print(type(m).__name__, type(r).__name__, repr(m))
class MyEG2(ExceptionGroup):
    def derive(self, excs):
        return MyEG2(self.message + "!", excs)
my = MyEG2("mine", [ValueError(1), TypeError(2)])
print(repr(my.split(ValueError)))
t(lambda: MyEG("x", [KeyboardInterrupt()]))
class MyBEG(BaseExceptionGroup):
    pass
t(lambda: MyBEG("x", [KeyboardInterrupt()]))
t(lambda: MyBEG("x", [ValueError()]))
t(lambda: ExceptionGroup("a", [ValueError()]).with_traceback(None))
e = ExceptionGroup("single", [ValueError()])
print(str(e), repr(e))
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__bases__)
# notes are copied to the parts; tracebacks, causes and contexts are shared
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("with ctx", [ValueError(1), TypeError(2)])
except ExceptionGroup as caught:
    caught.add_note("n")
    m, r = caught.split(ValueError)
    print(m.__notes__, r.__notes__, m.__notes__ is caught.__notes__)
    print(m.__traceback__ is caught.__traceback__, repr(m.__context__), m.__suppress_context__)
    print(m.exceptions[0] is caught.exceptions[0])
# a predicate sees groups too
seen = []
def pred(e):
    global seen
    seen += [type(e).__name__]
    return isinstance(e, TypeError)
print(repr(eg.subgroup(pred)), seen)
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")
t(lambda: BadDerive("b", [ValueError(1), TypeError(2)]).split(ValueError))
print(isinstance(ExceptionGroup("x", [ValueError()]), BaseExceptionGroup))
print(issubclass(BaseExceptionGroup, Exception))
try:
    raise ExceptionGroup("caught by except Exception", [ValueError()])
except Exception as e:
    print(type(e).__name__)
