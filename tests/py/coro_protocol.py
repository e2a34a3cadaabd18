# Coroutine protocol details without an event loop: driving coroutines by
# send(), await on custom awaitables (__await__ returning an iterator),
# errors for awaiting non-awaitables and __await__ returning non-iterators,
# coroutine close/throw, async generators driven by hand (asend, athrow,
# aclose), and async with / async for on hand-made objects.
class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield


class Suspend:
    def __await__(self):
        got = yield "suspended"
        return f"resumed with {got}"


class BadAwait:
    def __await__(self):
        return 42


async def use(obj):
    return await obj


def run(coro, sends=()):
    try:
        first = coro.send(None)
        print("  yielded", first)
        for value in sends:
            first = coro.send(value)
            print("  yielded", first)
    except StopIteration as e:
        return e.value


print(run(use(Ready("immediate"))))
print(run(use(Suspend()), ["hello"]))
for bad in [5, BadAwait(), None]:
    c = use(bad)
    try:
        run(c)
    except TypeError as e:
        print("TypeError:", e)


async def nested():
    a = await use(Ready(1))
    b = await use(Suspend())
    return a, b


print(run(nested(), ["x"]))
c = use(Suspend())
c.send(None)
try:
    c.throw(ValueError("thrown in"))
except ValueError as e:
    print("ValueError:", e)
c = use(Suspend())
c.send(None)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c = use(Ready(1))
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
run(c)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def agen(n):
    try:
        for i in range(n):
            got = yield i
            if got:
                print("  agen got", got)
    finally:
        print("  agen finally")


def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"


ag = agen(3)
print(drive(ag.asend(None)), drive(ag.asend("sent")), drive(ag.__anext__()))
print(drive(ag.__anext__()))
ag2 = agen(5)
print(drive(ag2.__anext__()))
try:
    drive(ag2.athrow(ValueError("into agen")))
except ValueError as e:
    print("ValueError:", e)
ag3 = agen(5)
drive(ag3.__anext__())
print(drive(ag3.aclose()))
print(type(ag3).__name__, ag3.__name__, ag3.ag_running)


class AsyncCM:
    async def __aenter__(self):
        print("  aenter")
        return "cm value"

    async def __aexit__(self, et, ev, tb):
        print("  aexit", et.__name__ if et else None)
        return True


class AsyncIter:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10


async def main():
    async with AsyncCM() as v:
        print("  in body", v)
        raise KeyError("suppressed by aexit")
    items = [x async for x in AsyncIter(3)]
    async for x in AsyncIter(2):
        items.append(-x)
    return items


print(run(main()))


async def bad_with():
    async with object():
        pass


try:
    run(bad_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)


async def bad_for():
    async for x in [1, 2]:
        pass


try:
    run(bad_for())
except TypeError as e:
    print("TypeError:", e)
