# Coroutines driven by hand (no asyncio): a tiny event loop with a ready
# queue, sleeping by yielding "ticks" through an awaitable object, tasks
# awaiting other tasks, exceptions propagating through await, cancellation by
# throw(), and async generators iterated by hand.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield ("sleep", self.ticks)


class Task:
    counter = 0

    def __init__(self, coro, name):
        Task.counter += 1
        self.coro, self.name = coro, name
        self.done, self.result, self.error, self.waiters = False, None, None, []

    def __await__(self):
        while not self.done:
            yield ("wait", self)
        if self.error:
            raise self.error
        return self.result


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.log = []

    def spawn(self, coro, name):
        t = Task(coro, name)
        self.ready.append((t, None))
        return t

    def step(self, task, value, exc=None):
        try:
            req = task.coro.throw(exc) if exc else task.coro.send(value)
        except StopIteration as e:
            task.done, task.result = True, e.value
            self.log.append(f"t={self.now} {task.name} -> {e.value!r}")
            self.ready.extend((w, None) for w in task.waiters)
            return
        except Exception as e:
            task.done, task.error = True, e
            self.log.append(f"t={self.now} {task.name} failed: {type(e).__name__}: {e}")
            self.ready.extend((w, None) for w in task.waiters)
            return
        kind, arg = req
        if kind == "sleep":
            self.sleeping.append((self.now + arg, Task.counter, task))
            Task.counter += 1
        elif kind == "wait":
            arg.waiters.append(task)

    def run(self):
        while self.ready or self.sleeping:
            while self.ready:
                task, value = self.ready.pop(0)
                self.step(task, value)
            if self.sleeping:
                self.sleeping.sort(key=lambda s: (s[0], s[1]))
                wake, _, task = self.sleeping.pop(0)
                self.now = max(self.now, wake)
                self.ready.append((task, None))


async def worker(name, n, delay):
    total = 0
    for i in range(n):
        await Sleep(delay)
        total += i
    return f"{name}:{total}"


async def failing():
    await Sleep(2)
    raise ValueError("worker exploded")


async def supervisor(loop):
    a = loop.spawn(worker("a", 3, 2), "a")
    b = loop.spawn(worker("b", 2, 3), "b")
    bad = loop.spawn(failing(), "bad")
    ra = await a
    rb = await b
    try:
        await bad
    except ValueError as e:
        return f"{ra} {rb} caught {e}"


loop = Loop()
loop.spawn(supervisor(loop), "supervisor")
loop.run()
print("\n".join(loop.log))


# cancellation by throwing into a suspended coroutine
class Cancelled(Exception):
    pass


async def cancellable(log):
    try:
        await Sleep(100)
    except Cancelled:
        log.append("cleanup after cancel")
        raise
    finally:
        log.append("finally")


log = []
co = cancellable(log)
print(co.send(None))
try:
    co.throw(Cancelled("stop"))
except Cancelled as e:
    print("cancelled:", e, log)
print(co.cr_await, co.cr_running)


# awaiting a coroutine that returns without suspending
async def immediate(x):
    return x * 2


async def chain():
    return await immediate(await immediate(5))


c = chain()
try:
    c.send(None)
except StopIteration as e:
    print("chain result", e.value)


# async generator driven by hand
async def ticker(n):
    for i in range(n):
        await Sleep(1)
        yield i * i


async def collect(agen):
    out = []
    async for v in agen:
        out.append(v)
    return out


c = collect(ticker(4))
steps = 0
while True:
    try:
        req = c.send(None)
        steps += 1
    except StopIteration as e:
        print("collected", e.value, "after", steps, "sleeps")
        break
agen = ticker(2)
aw = agen.__anext__()
print(aw.send(None))
try:
    aw.send(None)
except StopIteration as e:
    print("first value", e.value)
aclose = agen.aclose()
try:
    aclose.send(None)
except StopIteration:
    print("aclose done")


# await on something that is not awaitable
async def bad_await():
    await 5


try:
    bad_await().send(None)
except TypeError as e:
    print("TypeError:", e)


class BadAwait:
    def __await__(self):
        return 42


async def bad_await2():
    await BadAwait()


try:
    bad_await2().send(None)
except TypeError as e:
    print("TypeError:", e)
c = immediate(1)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
