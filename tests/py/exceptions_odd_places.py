# Exceptions in odd places: raising non-exceptions, raise from a class or
# None, re-raising outside a handler, exceptions whose __init__ fails or
# that skip super().__init__, args mutation, catching with tuples (nested)
# and with a non-class (TypeError at match time), exception groups with
# except* matching and the leftovers re-raised, and __exit__ seeing the
# exception state.
def show(fn):
    try:
        fn()
        print("no exception")
    except BaseException as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else None
        print(f"{type(e).__name__}: {e!s} | args={e.args!r} cause={cause} suppress={e.__suppress_context__}")


def raise_int():
    raise 5


def raise_class():
    raise ValueError


def raise_from_class():
    raise ValueError("x") from KeyError


def raise_from_none_value():
    raise ValueError("x") from None


def raise_from_bad():
    raise ValueError("x") from 5


def bare_reraise():
    raise


class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a


class BadInit(Exception):
    def __init__(self):
        raise RuntimeError("init failed")


def raise_nosuper():
    raise NoSuper(1, 2)


def raise_badinit():
    raise BadInit


def mutate_args():
    e = ValueError("one")
    e.args = ("two", 3)
    raise e


def catch_nested_tuple():
    try:
        {}["k"]
    except (TypeError, (IndexError, (KeyError,))) as e:
        raise RuntimeError("caught via nested tuple") from e


def catch_non_class():
    try:
        1 / 0
    except "ZeroDivisionError":
        pass


def catch_instance():
    try:
        1 / 0
    except ZeroDivisionError():
        pass


def except_star():
    try:
        raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
    except* ValueError as eg:
        print("  handled", [str(x) for x in eg.exceptions])
    except* TypeError as eg:
        print("  handled", [str(x) for x in eg.exceptions])


def except_star_naked():
    try:
        raise KeyError("naked")
    except* KeyError as eg:
        print("  naked wrapped:", type(eg).__name__, eg.exceptions)


def except_star_raise_in_handler():
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError:
        raise TypeError("from handler")


class Exit:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("  __exit__ sees", et.__name__ if et else None, repr(ev), tb is not None)
        return isinstance(ev, LookupError)


def with_exit():
    with Exit():
        [][0]
    with Exit():
        raise OSError(2, "gone")


for fn in (raise_int, raise_class, raise_from_class, raise_from_none_value, raise_from_bad, bare_reraise, raise_nosuper,
           raise_badinit, mutate_args, catch_nested_tuple, catch_non_class, catch_instance, except_star,
           except_star_naked, except_star_raise_in_handler, with_exit):
    print(fn.__name__)
    show(fn)
e = NoSuper(1, 2)
print(repr(e), e.args, str(e), e.a)
print(repr(OSError(2, "gone")), str(OSError(2, "gone")), OSError(2, "gone").filename)
