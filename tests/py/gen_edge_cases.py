# Generator edge cases: close() when the generator catches GeneratorExit
# and yields again (RuntimeError), a generator already executing,
# throw() with a class, an instance and a traceback-free exception,
# return values through yield from, send() before start, gi_ fields,
# exceptions in finally during close, and StopIteration raised inside.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing to close"


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def quiet():
    try:
        yield 1
    except GeneratorExit:
        print("  cleaning up")
        raise


g = quiet()
next(g)
print(g.close(), g.close())


def reentrant():
    yield g2.send(None)


g2 = reentrant()
try:
    next(g2)
except ValueError as e:
    print("ValueError:", e)
del g2


def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  caught", repr(e))
        except TypeError:
            print("  caught TypeError class")
            return "done after TypeError"


c = catcher()
next(c)
print(c.throw(ValueError("instance")))
print(c.throw(ValueError))
try:
    c.throw(TypeError)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    c.throw(KeyError("after finish"))
except KeyError as e:
    print("KeyError re-raised from a finished generator:", e)


def fresh():
    yield 1


f = fresh()
try:
    f.send("x")
except TypeError as e:
    print("TypeError:", e)
print(f.send(None), f.gi_running, f.gi_frame is not None if False else "", type(f).__name__, f.__name__, f.__qualname__)
try:
    f.throw(ValueError("before start is fine"))
except ValueError as e:
    print("ValueError:", e)
print(list(f))


def inner():
    x = yield "inner first"
    print("  inner got", x)
    return x * 2


def outer():
    result = yield from inner()
    print("  outer got result", result)
    yield result + 1
    return "outer done"


o = outer()
print(next(o), o.send(10))
try:
    next(o)
except StopIteration as e:
    print("StopIteration:", e.value)


def raises_stop():
    yield 1
    raise StopIteration("inside")


try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def finally_raises():
    try:
        yield 1
    finally:
        raise OSError("during close")


fr = finally_raises()
next(fr)
try:
    fr.close()
except OSError as e:
    print("OSError:", e)


def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "finally"


y = yield_in_finally()
print(next(y), next(y))
try:
    next(y)
except StopIteration:
    print("done")


def throw_delegated():
    try:
        yield from catcher()
    except KeyError:
        yield "outer saw KeyError"


td = throw_delegated()
next(td)
print(td.throw(ValueError("into the delegate")))
print(td.throw(KeyError("passes through")))
gen_exp = (x for x in range(3))
print(next(gen_exp), gen_exp.__name__, gen_exp.__qualname__, list(gen_exp), list(gen_exp))


def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd is not None:
            n += cmd
        else:
            n += 1


ct = counter()
print([next(ct), ct.send(5), next(ct), ct.send("reset"), ct.send(3)])
ct.close()
try:
    next(ct)
except StopIteration:
    print("closed generators stop")
