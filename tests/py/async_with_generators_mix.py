class Tick:
    def __init__(self, v=None):
        self.v = v
    def __await__(self):
        return (yield self.v)


def run(coro):
    out = []
    try:
        while True:
            out += [coro.send(None)]
    except StopIteration as stop:
        return out, stop.value


class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, t, v, tb):
        print("exit", self.n, t)
        return False


def gen():
    with CM(1):
        try:
            yield 1
        except ValueError:
            print("caught in gen")
            yield 2
        yield 3


g = gen()
print(next(g))
print(g.throw(ValueError))
print(g.throw(KeyError("k")) if False else "skip")
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError out", e)


async def bare_raise_after_await():
    try:
        raise ValueError("first")
    except ValueError:
        await Tick("in except")
        try:
            raise
        except ValueError as e:
            print("re-raised", e)


print(run(bare_raise_after_await()))


async def finally_await():
    try:
        return "from try"
    finally:
        await Tick("in finally")
        print("finally done")


print(run(finally_await()))


class ACM:
    async def __aenter__(self):
        raise OSError("enter failed")
    async def __aexit__(self, *a):
        print("not called")


async def enter_fails():
    try:
        async with ACM():
            pass
    except OSError as e:
        print("OSError", e)


print(run(enter_fails()))


class ACM2:
    async def __aenter__(self):
        return self
    async def __aexit__(self, t, v, tb):
        await Tick("aexit")
        raise KeyError("from aexit")


async def exit_fails():
    try:
        async with ACM2():
            raise ValueError("body")
    except KeyError as e:
        print("KeyError", e, "context", repr(e.__context__))


print(run(exit_fails()))


async def nested_star():
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
    except* ValueError as e1:
        try:
            raise ExceptionGroup("inner", [KeyError(3)])
        except* KeyError as e2:
            print("inner handled", repr(e2), repr(e1))
            await Tick("in nested except*")
    except* TypeError as e3:
        print("TypeError handled", repr(e3))


print(run(nested_star()))


async def agen():
    try:
        yield 1
        await Tick("between")
        yield 2
    except ValueError as e:
        print("agen caught", e)
        yield "after catch"


async def athrow_while_awaiting():
    a = agen()
    print(await a.__anext__())
    nxt = a.__anext__()
    print(nxt.send(None))
    try:
        print(nxt.throw(ValueError("during await")))
    except StopIteration as e:
        print("item after throw", e.value)
    await a.aclose()


print(run(athrow_while_awaiting()))


def return_through_with_and_finally():
    for i in range(2):
        try:
            with CM("a"):
                with CM("b"):
                    if i == 0:
                        continue
                    return "returned"
        finally:
            print("finally", i)


print(return_through_with_and_finally())
