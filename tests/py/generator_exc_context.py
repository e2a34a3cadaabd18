# Exception context across yields: an exception raised in a generator's
# except block (resumed later) chains to the generator's own handled
# exception, not to the caller's.
def gen():
    try:
        raise KeyError("inside the generator")
    except KeyError:
        yield 1
        raise ValueError("raised after resuming")


g = gen()
next(g)
try:
    raise TypeError("the caller's")
except TypeError:
    next(g)
