class Outer:
    class Inner(Exception):
        pass


def f():
    try:
        raise Outer.Inner("nested class")
    except Exception as e:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), e]) from None


def g():
    try:
        f()
    except BaseExceptionGroup as group:
        raise SystemError("after the group")


g()
