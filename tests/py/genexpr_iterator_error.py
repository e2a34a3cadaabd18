# A generator expression as the only argument of a call (its position spans
# the call's parentheses) fails in the iterator it consumes.
def f(x):
    return 10 // x
def h():
    return next(
        x for x in map(f, [0])
    )
h()
