# A traceback through generator.throw(): the exception appears at the
# generator's yield, then propagates out through the delegating generator
# (yield from) and the caller.
def inner():
    total = 0
    while True:
        value = yield total
        total += value


def outer():
    result = yield from inner()
    return result


g = outer()
next(g)
g.send(5)
g.throw(ValueError("injected at the yield"))
