# The errors of coroutines and await, with CPython's messages.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


def attempt(label, thunk):
    try:
        r = thunk()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


async def simple():
    return "simple"


c = simple()
attempt("send non-None first", lambda: c.send(1))
attempt("send", lambda: c.send(None))
attempt("send again", lambda: c.send(None))
attempt("throw after end", lambda: c.throw(ValueError))
attempt("close after end", lambda: c.close())

attempt("iter", lambda: iter(simple()))
attempt("next", lambda: next(simple()))
attempt("for", lambda: [x for x in simple()])


async def await_int():
    await 1


async def await_value(v):
    return await v


class NonIterator:
    def __await__(self):
        return 1


class ReturnsCoroutine:
    def __await__(self):
        return simple()


class RaisingAwait:
    def __await__(self):
        raise OSError("no await today")


class IterAwait:
    def __await__(self):
        return iter([1, 2])


attempt("await int", lambda: run(await_int()))
attempt("await None", lambda: run(await_value(None)))
attempt("non-iterator", lambda: run(await_value(NonIterator())))
attempt("returns coroutine", lambda: run(await_value(ReturnsCoroutine())))
attempt("raising __await__", lambda: run(await_value(RaisingAwait())))
attempt("iterator __await__", lambda: run(await_value(IterAwait())))


# A coroutine awaited twice, or by two awaiters at once.
async def finished():
    return 1


async def await_twice(c):
    await c
    await c


attempt("await twice", lambda: run(await_twice(finished())))


class Pause:
    def __await__(self):
        yield "pause"


async def pausing():
    await Pause()


p = pausing()


async def first_awaiter():
    await p


async def second_awaiter():
    await p


a = first_awaiter()
print(a.send(None))
attempt("second awaiter", lambda: second_awaiter().send(None))
attempt("executing", lambda: run(a))


# A coroutine sending to itself while running.
async def self_send():
    me.send(None)


me = self_send()
attempt("already executing", lambda: me.send(None))


# StopIteration raised inside a coroutine becomes RuntimeError.
async def stops():
    raise StopIteration("inner")


try:
    run(stops())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__cause__ is e.__context__)


# A coroutine that ignores GeneratorExit.
stubborn_flag = [True]


async def stubborn():
    while stubborn_flag[0]:
        try:
            await Pause()
        except GeneratorExit:
            print("ignoring GeneratorExit")


s = stubborn()
s.send(None)
attempt("close stubborn", lambda: s.close())
stubborn_flag[0] = False
attempt("close again", lambda: s.close())
s = None


# throw() argument forms.
async def catcher():
    try:
        await Pause()
    except Exception as e:
        return repr(e)


for args in [(ValueError,), (ValueError, "v"), (ValueError("inst"),), (ValueError("inst"), "x"), (1,), ()]:
    c = catcher()
    c.send(None)
    attempt(f"throw{len(args)}", lambda: c.throw(*args))
    c.close()

# yield from a coroutine in a plain generator.


def plain():
    yield from simple()


attempt("yield from coroutine", lambda: list(plain()))
