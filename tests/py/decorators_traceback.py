# A decorator that fails: the traceback points at the decorator line.


def check(func):
    raise ValueError("rejected " + "function")


def ok(func):
    return func


@ok
@check
def f():
    pass
