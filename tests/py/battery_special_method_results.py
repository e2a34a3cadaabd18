# Special methods returning the wrong things, and the protocols' fallbacks:
# __bool__/__len__/__hash__/__index__/__iter__/__next__/__repr__/__str__/
# __contains__/__getitem__ iteration/__reversed__/__length_hint__, each with
# CPython's error message.
class R:
    def __init__(self, **kw):
        self.kw = kw

    def __getattr__(self, name):
        raise AttributeError(name)


def make(name, value):
    def method(self, *args):
        if isinstance(value, BaseException):
            raise value
        return value
    return type("X" + name.strip("_").capitalize(), (), {name: method})()


class GetItemSeq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


class GetItemKey:
    def __getitem__(self, i):
        if i < 2:
            return i
        raise KeyError(i)


class LenOnly:
    def __len__(self):
        return 3


class Rev:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return "ab"[i]


class NoRev:
    __reversed__ = None

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


class NoIter:
    __iter__ = None


class NoContains:
    __contains__ = None


class NoHash:
    __hash__ = None


class Hint:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def __length_hint__(self):
        return 5


tests = [
    ("bool", lambda: bool(make("__bool__", 1))), ("bool", lambda: bool(make("__bool__", None))),
    ("bool", lambda: bool(make("__len__", -1))), ("bool", lambda: bool(make("__len__", 2 ** 70))),
    ("bool", lambda: bool(make("__len__", "3"))), ("bool", lambda: bool(make("__len__", 0))),
    ("if", lambda: 1 if make("__bool__", 0) else 2), ("not", lambda: not make("__bool__", "x")),
    ("len", lambda: len(make("__len__", -1))), ("len", lambda: len(make("__len__", 2 ** 70))),
    ("len", lambda: len(make("__len__", 3.0))), ("len", lambda: len(make("__len__", True))),
    ("hash", lambda: hash(make("__hash__", 1.5))), ("hash", lambda: hash(make("__hash__", 2 ** 70)) == hash(2 ** 70)),
    ("hash", lambda: hash(make("__hash__", -1))), ("hash", lambda: hash(make("__hash__", True))),
    ("hash", lambda: hash(NoHash())), ("hash", lambda: {NoHash()}), ("hash", lambda: {NoHash(): 1}),
    ("index", lambda: [1, 2][make("__index__", 1.0)]), ("index", lambda: [1, 2][make("__index__", 1)]),
    ("iter", lambda: iter(make("__iter__", 5))), ("iter", lambda: list(make("__iter__", [1]))),
    ("iter", lambda: iter(NoIter())), ("iter", lambda: list(GetItemSeq())), ("iter", lambda: list(GetItemKey())),
    ("iter", lambda: iter(LenOnly())), ("in", lambda: 20 in GetItemSeq()), ("in", lambda: 99 in GetItemSeq()),
    ("in", lambda: 1 in LenOnly()), ("in", lambda: 1 in NoContains()), ("in", lambda: 1 in make("__contains__", [])),
    ("in", lambda: 1 in make("__contains__", 0)), ("in", lambda: 1 not in make("__contains__", "yes")),
    ("next", lambda: next(make("__next__", 7))), ("next", lambda: next(make("__iter__", 1))),
    ("reversed", lambda: list(reversed(Rev()))), ("reversed", lambda: reversed(NoRev())),
    ("reversed", lambda: reversed(LenOnly())), ("reversed", lambda: list(reversed(make("__reversed__", iter("xy"))))),
    ("repr", lambda: repr(make("__repr__", 5))), ("str", lambda: str(make("__str__", None))),
    ("str", lambda: str(make("__repr__", "from repr"))), ("format", lambda: format(make("__format__", 1))),
    ("int", lambda: int(make("__int__", 2.5))), ("int", lambda: int(make("__int__", True))),
    ("int", lambda: int(make("__index__", 7))), ("float", lambda: float(make("__float__", 1))),
    ("float", lambda: float(make("__index__", 3))), ("float", lambda: float(make("__float__", "x"))),
    ("complex", lambda: complex(make("__complex__", 1))), ("complex", lambda: complex(make("__float__", 2.0))),
    ("abs", lambda: abs(make("__abs__", "abs!"))), ("neg", lambda: -make("__neg__", None)),
    ("round", lambda: round(make("__round__", "r"))), ("round", lambda: round(make("__round__", "r"), 2)),
    ("call", lambda: make("__call__", 42)(1, 2)), ("call", lambda: R()()),
    ("getitem", lambda: make("__getitem__", "g")[0]), ("getitem", lambda: R()[0]),
    ("setitem", lambda: R().__setitem__), ("delitem", lambda: make("__getitem__", 1).__delitem__),
    ("enter", lambda: make("__enter__", 1).__exit__),
    ("length_hint", lambda: list(Hint())), ("bool of class", lambda: bool(NoHash)),
    ("eq raising", lambda: [make("__eq__", ValueError("eq boom"))] == [1]),
    ("eq raising in", lambda: 1 in [make("__eq__", KeyError("in boom"))]),
    ("lt raising sort", lambda: sorted([make("__lt__", ZeroDivisionError("lt boom")), 1])),
    ("hash raising", lambda: {make("__hash__", OverflowError("hash boom"))}),
    ("iter raising", lambda: list(make("__iter__", RuntimeError("iter boom")))),
    ("len raising", lambda: len(make("__len__", MemoryError("len boom")))),
    ("bool raising", lambda: bool(make("__bool__", StopIteration("bool boom")))),
    ("getattr raising", lambda: getattr(make("__getattribute__", LookupError("ga boom")), "x", "default")),
    ("getattr attr error", lambda: getattr(make("__getattribute__", AttributeError("no")), "x", "default")),
    ("hasattr", lambda: hasattr(make("__getattribute__", ValueError("hasattr boom")), "x")),
]
for label, fn in tests:
    try:
        r = fn()
        if type(r).__name__.endswith("iterator") or type(r).__name__ in ("method-wrapper", "builtin_function_or_method", "method"):
            r = "<" + type(r).__name__ + ">"
        r = repr(r)
    except BaseException as e:
        r = f"{type(e).__name__}: {e}"
    print(f"{label:>16}: {r}")
