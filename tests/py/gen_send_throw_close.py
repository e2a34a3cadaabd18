# Generators: send() values, throw() into a generator (caught, re-raised,
# transformed), close() running finally and GeneratorExit handling, yield
# returning None from next(), generator return values via StopIteration.value,
# "generator already executing", and the state attributes.
def accumulator():
    total = 0
    try:
        while True:
            x = yield total
            if x is None:
                print("  got None")
                continue
            total += x
    except GeneratorExit:
        print("  closing with total", total)
        raise
    finally:
        print("  finally")


g = accumulator()
print(next(g), g.send(5), g.send(10), next(g), g.send(1))
g.close()
g.close()
print(g.gi_running)
try:
    g.send(1)
except StopIteration as e:
    print("StopIteration", e.value)


def fresh():
    yield 1


try:
    fresh().send(3)
except TypeError as e:
    print("TypeError:", e)
print(fresh().send(None))


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  caught", repr(e))
            yield "recovered"
        except KeyError:
            raise RuntimeError("converted")


c = catcher()
print(next(c), c.throw(ValueError("v1")), next(c), c.throw(ValueError, "v2"))
next(c)
try:
    c.throw(KeyError("k"))
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
print(repr(next(c, "exhausted")))


def returner():
    x = yield 1
    return f"returned {x}"


r = returner()
next(r)
try:
    r.send("val")
except StopIteration as e:
    print(e.value, e.args)


def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


ig = ignore_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def self_ref():
    yield me.send(None)


me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def unstarted():
    print("  never printed")
    yield


u = unstarted()
u.close()
try:
    next(u)
except StopIteration:
    print("closed before start -> StopIteration")
u2 = unstarted()
try:
    u2.throw(IndexError("early"))
except IndexError as e:
    print("IndexError:", e)


def counter(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset":
            i = 0
        elif cmd == "skip":
            i += 2
        else:
            i += 1


ct = counter(6)
out = [next(ct)]
for cmd in [None, "skip", "reset", None, None, "skip", None]:
    try:
        out.append(ct.send(cmd))
    except StopIteration:
        out.append("stop")
        break
print(out)


def stop_inside():
    yield 1
    raise StopIteration("bad")


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def gen_with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("  cleanup ran")


for x in gen_with_finally():
    print("got", x)
    break
print("after break")
gf = gen_with_finally()
next(gf)
del gf
print("after del")
gt = gen_with_finally()
next(gt)
try:
    gt.throw(TypeError, TypeError("tt"), None)
except TypeError as e:
    print("TypeError:", e)
print(list(gt))


def gexit_return():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


ge = gexit_return()
next(ge)
print(ge.close())
gen = (i * i for i in range(3))
print(gen.send(None), next(gen), gen.throw(ZeroDivisionError) if False else next(gen))
try:
    (i for i in range(3)).throw(ZeroDivisionError("in genexpr"))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(type(fresh()).__name__, fresh().__name__, fresh().__qualname__, catcher.__code__.co_flags & 0x20 != 0)
