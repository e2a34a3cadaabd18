# An asyncio-free async program: a hand-written event loop with a timer
# heap and ready queue, tasks wrapping coroutines, sleep(), an async queue
# with bounded size, producer/consumer coroutines with async generators and
# async context managers, gather() collecting results and exceptions, and
# cancellation by throwing an exception into a task.
class Cancelled(Exception):
    pass


class Future:
    def __init__(self, loop):
        self.loop = loop
        self.done = False
        self.result = self.exception = None
        self.waiters = []

    def set_result(self, value):
        self.done, self.result = True, value
        self._wake()

    def set_exception(self, exc):
        self.done, self.exception = True, exc
        self._wake()

    def _wake(self):
        for task in self.waiters:
            self.loop.ready.append(task)
        self.waiters = []

    def __await__(self):
        if not self.done:
            yield self
        if self.exception is not None:
            raise self.exception
        return self.result


class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__(loop)
        self.coro, self.name = coro, name
        self.pending_throw = None

    def step(self):
        try:
            if self.pending_throw is not None:
                exc, self.pending_throw = self.pending_throw, None
                awaited = self.coro.throw(exc)
            else:
                awaited = self.coro.send(None)
        except StopIteration as stop:
            self.set_result(stop.value)
        except Exception as exc:
            self.set_exception(exc)
        else:
            awaited.waiters.append(self)

    def cancel(self):
        if not self.done:
            self.pending_throw = Cancelled(f"{self.name} cancelled")
            self.loop.ready.append(self)


class Loop:
    def __init__(self):
        self.ready = []
        self.timers = []
        self.now = 0
        self.seq = 0
        self.log = []

    def spawn(self, coro, name):
        task = Task(self, coro, name)
        self.ready.append(task)
        return task

    def sleep(self, delay):
        fut = Future(self)
        self.seq += 1
        self.timers.append((self.now + delay, self.seq, fut))
        self.timers.sort(key=lambda t: (t[0], t[1]))
        return fut

    def run(self, main):
        task = self.spawn(main, "main")
        while not task.done:
            if self.ready:
                current = self.ready.pop(0)
                if not current.done:
                    current.step()
            elif self.timers:
                when, _, fut = self.timers.pop(0)
                self.now = when
                fut.set_result(None)
            else:
                raise RuntimeError("deadlock: nothing to run")
        self.ready.clear()
        return task.result if task.exception is None else task.exception


class AsyncQueue:
    def __init__(self, loop, maxsize):
        self.loop, self.maxsize = loop, maxsize
        self.items = []
        self.getters, self.putters = [], []

    async def put(self, item):
        while len(self.items) >= self.maxsize:
            fut = Future(self.loop)
            self.putters.append(fut)
            await fut
        self.items.append(item)
        if self.getters:
            self.getters.pop(0).set_result(None)

    async def get(self):
        while not self.items:
            fut = Future(self.loop)
            self.getters.append(fut)
            await fut
        item = self.items.pop(0)
        if self.putters:
            self.putters.pop(0).set_result(None)
        return item


async def gather(loop, *coros):
    tasks = [loop.spawn(c, f"g{i}") for i, c in enumerate(coros)]
    out = []
    for t in tasks:
        try:
            out.append(await t)
        except Exception as e:
            out.append(e)
    return out


loop = Loop()


class Timer:
    def __init__(self, label):
        self.label = label

    async def __aenter__(self):
        self.start = loop.now
        return self

    async def __aexit__(self, et, ev, tb):
        loop.log.append(f"{self.label} took {loop.now - self.start} ticks" + (f" ({et.__name__})" if et else ""))
        return False


async def ticker(n, step):
    for i in range(n):
        await loop.sleep(step)
        yield i * step


async def producer(q, name, n):
    async with Timer(f"producer {name}"):
        async for value in ticker(n, 2):
            await q.put(f"{name}{value}")
            loop.log.append(f"t={loop.now} put {name}{value} (queue {len(q.items)})")
    return f"{name} done"


async def consumer(q, n):
    got = []
    async with Timer("consumer"):
        for _ in range(n):
            item = await q.get()
            got.append(item)
            await loop.sleep(3)
    return got


async def failing(delay):
    await loop.sleep(delay)
    raise ValueError(f"failed after {delay}")


async def forever():
    try:
        while True:
            await loop.sleep(5)
    except Cancelled as e:
        loop.log.append(f"t={loop.now} caught {e}")
        return "cleaned up"


async def main():
    q = AsyncQueue(loop, 2)
    bg = loop.spawn(forever(), "forever")
    results = await gather(loop, producer(q, "a", 3), producer(q, "b", 2), consumer(q, 5), failing(4))
    bg.cancel()
    cleanup = await bg
    return results, cleanup, loop.now


results, cleanup, end = loop.run(main())
print("\n".join(loop.log))
print([repr(r) for r in results])
print(cleanup, "finished at t =", end)
