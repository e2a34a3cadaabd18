# Async generators driven by a hand-written loop: async for, __anext__,
# asend, athrow, aclose, aiter/anext, finalization.


class Tick:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return got


def run(coro):
    steps = []
    try:
        while True:
            steps += [coro.send(None)]
    except StopIteration as stop:
        if steps:
            print("  loop saw", steps)
        return stop.value


async def counter(n):
    for i in range(n):
        await Tick(f"before {i}")
        yield i
    print("  counter done")


async def consume():
    out = []
    async for v in counter(3):
        out += [v]
    else:
        print("  async for else")
    return out


print(run(consume()))


async def breaking():
    async for v in counter(5):
        if v == 1:
            break
        print("  got", v)
    print("  after break")


run(breaking())


# Cleanup runs when a suspended async generator is dropped.
async def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")


async def partial():
    async for v in with_cleanup():
        print("  first", v)
        break
    print("  after partial")


run(partial())


# Driving by hand: __anext__ gives an awaitable whose StopIteration carries
# the item; the end is StopAsyncIteration.
g = counter(2)
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_await)
a = g.__anext__()
print(type(a).__name__)
print(a.send(None))
print(g.ag_running, type(g.ag_await).__name__)
try:
    a.send(None)
except StopIteration as e:
    print("item", e.value)
print(g.ag_running)
a = g.__anext__()
print(a.send(None))
try:
    a.send(None)
except StopIteration as e:
    print("item", e.value)
a = g.__anext__()
try:
    a.send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")
try:
    a.send(None)
except RuntimeError as e:
    print(e)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("still StopAsyncIteration")


# asend: the value sent becomes the value of the yield.
async def echo():
    received = None
    while True:
        received = yield f"echo {received}"
        if received == "stop":
            return


async def talk():
    e = echo()
    print(await e.__anext__())
    print(await e.asend("hello"))
    print(await e.asend("again"))
    try:
        await e.asend("stop")
    except StopAsyncIteration:
        print("echo stopped")


run(talk())


# athrow: the exception is raised at the yield; the generator may go on.
async def resilient():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            print("  resilient caught", e)
            yield "recovered"


async def throwing():
    r = resilient()
    print(await r.__anext__())
    print(await r.athrow(ValueError("bad")))
    print(await r.__anext__())
    try:
        await r.athrow(KeyError("fatal"))
    except KeyError as e:
        print("KeyError escaped", e)
    try:
        await r.__anext__()
    except StopAsyncIteration:
        print("finished after KeyError")


run(throwing())


# aclose: GeneratorExit at the yield; finally blocks run, may await.
async def closable():
    try:
        yield 1
    finally:
        await Tick("in finally")
        print("  closable finally")


async def closing():
    c = closable()
    print(await c.__anext__())
    print(await c.aclose())
    print(await c.aclose())
    try:
        await c.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")


run(closing())


# aiter and anext builtins, anext with a default.
async def builtins_demo():
    g = counter(1)
    print(aiter(g) is g)
    print(await anext(g))
    print(await anext(g, "default"))
    print(await anext(g, "default again"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("anext without default raises")


run(builtins_demo())


# A class implementing the async iterator protocol.
class AsyncRange:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Tick(f"range {self.i}")
        return self.i


async def class_iteration():
    total = 0
    async for v in AsyncRange(3):
        total += v
    print("total", total)
    print(await anext(AsyncRange(0), "empty"))


run(class_iteration())


# return in an async generator (without a value) ends it.
async def early(n):
    yield "first"
    if n:
        return
    yield "second"


async def early_demo():
    print([x async for x in early(1)], [x async for x in early(0)])


run(early_demo())


# An exception inside the body of async for is not swallowed.
async def body_raises():
    try:
        async for v in counter(2):
            raise StopAsyncIteration("from the body")
    except StopAsyncIteration as e:
        print("body exception propagates:", e)


run(body_raises())

# StopAsyncIteration and StopIteration raised inside become RuntimeError.
async def raises_stop():
    yield 1
    raise StopAsyncIteration


async def raises_stop_iteration():
    raise StopIteration
    yield


async def stop_demo():
    for gen in (raises_stop(), raises_stop_iteration()):
        try:
            async for v in gen:
                pass
        except RuntimeError as e:
            print(type(e).__name__, e, type(e.__cause__).__name__)


run(stop_demo())
