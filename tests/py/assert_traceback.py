# An uncaught assertion: CPython's traceback points at the last comparison
# of the condition when there is one.


def positive(n):
    assert n is not None
    assert n != 0 and n > 0, (
        "n must be positive, not " + repr(n))
    return n


print(positive(4))
positive(-2)
