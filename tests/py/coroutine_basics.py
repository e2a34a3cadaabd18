# Coroutines driven by a hand-written event loop: await chains, custom
# awaitables, send/throw/close, the coroutine's attributes.


class Suspend:
    """An awaitable that yields a request to the loop and gets its answer."""

    def __init__(self, request):
        self.request = request

    def __await__(self):
        answer = yield self.request
        return answer


def run(coro, answers=()):
    answers = list(answers)
    value = None
    steps = 0
    try:
        while True:
            request = coro.send(value)
            steps += 1
            print("  loop got", request)
            value = answers[steps - 1] if steps <= len(answers) else None
    except StopIteration as stop:
        print("  finished after", steps, "steps with", repr(stop.value))
        return stop.value


async def leaf(x):
    got = await Suspend(f"leaf {x}")
    return (x, got)


async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]


async def top():
    r = await middle()
    print("top has", r)
    return len(r)


print(run(top(), ["one", "two"]))


# A coroutine that awaits nothing finishes on the first send.
async def immediate(v):
    return v * 2


print(run(immediate(21)))


# The value of await can be a tuple or an exception: kept whole.
async def returns_tuple():
    return (1, 2)


async def returns_exception():
    return ValueError("as a value")


async def uses():
    t = await returns_tuple()
    e = await returns_exception()
    print(t, repr(e))


run(uses())


# Exceptions cross awaits both ways.
async def raiser():
    await Suspend("about to raise")
    raise KeyError("from raiser")


async def catcher():
    try:
        await raiser()
    except KeyError as e:
        print("caught", repr(e))
        return "recovered"


print(run(catcher()))


# throw() goes to the innermost await; close() too.
async def guarded():
    try:
        await Suspend("waiting")
    except ValueError as e:
        print("guarded got", repr(e))
        await Suspend("after throw")
        return "done"
    finally:
        print("guarded finally")


c = guarded()
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_await.__qualname__)
print(c.throw(ValueError("thrown")))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)

c = guarded()
c.send(None)
print(c.close())
print(c.cr_running, c.cr_suspended, c.cr_await)

# The attributes.
c = top()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_suspended, c.cr_await, c.cr_origin)
print(c.cr_code is top.__code__)
c.send(None)
print(c.cr_suspended, type(c.cr_await).__name__, c.cr_await.__qualname__)
c.close()


class K:
    async def method(self):
        return self

    def factory(self):
        async def inner():
            return 1
        return inner()


class KK(K):
    def __repr__(self):
        return "<KK>"


k = KK()
m = k.method()
print(m.__qualname__)
print(run(m) is k)
i = k.factory()
print(i.__qualname__, i.__name__)
i.__name__ = "renamed"
print(i.__name__)
print(run(i))


# __await__() of a coroutine: a coroutine_wrapper that drives it.
async def wrapped():
    x = await Suspend("wrapped step")
    return x


w = wrapped().__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
try:
    w.send("answer")
except StopIteration as e:
    print("wrapper finished", e.value)


# A class whose __await__ is a generator method, awaited twice.
class Twice:
    def __await__(self):
        yield "first"
        yield "second"
        return "both"


async def twice():
    a = await Twice()
    b = await Twice()
    return a + b


print(run(twice()))


# await in expressions, conditions and loops.
async def value(v):
    await Suspend(f"value {v}")
    return v


async def expressions():
    total = await value(1) + await value(2) * 3
    if await value(True):
        total += 100
    for i in range(2):
        total += await value(i)
    while await value(0):
        pass
    items = [await value(n) for n in range(2)]
    return total, items


print(run(expressions()))
