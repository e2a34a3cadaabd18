# Cooperative multitasking with generators: a round-robin scheduler whose
# tasks yield system calls (sleep, spawn, wait for another task, send and
# receive on channels), a virtual clock, and task results collected from
# StopIteration. Then the same idea with async/await on a hand-written loop.
class SysCall:
    pass


class Sleep(SysCall):
    def __init__(self, ticks):
        self.ticks = ticks


class Spawn(SysCall):
    def __init__(self, gen, name):
        self.gen, self.name = gen, name


class Join(SysCall):
    def __init__(self, name):
        self.name = name


class Send(SysCall):
    def __init__(self, chan, value):
        self.chan, self.value = chan, value


class Recv(SysCall):
    def __init__(self, chan):
        self.chan = chan


class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.waiting = {}
        self.channels = {}
        self.results = {}
        self.clock = 0
        self.log = []

    def spawn(self, gen, name):
        self.ready.append((name, gen, None))

    def run(self):
        while self.ready or self.sleeping or any(self.channels.values()):
            if not self.ready:
                self.clock = min(t for t, *_ in self.sleeping)
                due = [s for s in self.sleeping if s[0] <= self.clock]
                self.sleeping = [s for s in self.sleeping if s[0] > self.clock]
                for _, name, gen in sorted(due, key=lambda s: (s[0], s[1])):
                    self.ready.append((name, gen, None))
                if not self.ready:
                    break
                continue
            name, gen, value = self.ready.pop(0)
            try:
                call = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.log.append(f"[{self.clock}] {name} finished -> {stop.value!r}")
                for waiter_name, waiter in self.waiting.pop(name, []):
                    self.ready.append((waiter_name, waiter, stop.value))
                continue
            self.handle(name, gen, call)

    def handle(self, name, gen, call):
        if isinstance(call, Sleep):
            self.sleeping.append((self.clock + call.ticks, name, gen))
        elif isinstance(call, Spawn):
            self.spawn(call.gen, call.name)
            self.ready.append((name, gen, call.name))
        elif isinstance(call, Join):
            if call.name in self.results:
                self.ready.append((name, gen, self.results[call.name]))
            else:
                self.waiting.setdefault(call.name, []).append((name, gen))
        elif isinstance(call, Send):
            chan = self.channels.setdefault(call.chan, [])
            receivers = [w for w in chan if w[0] == "recv"]
            if receivers:
                chan.remove(receivers[0])
                _, rname, rgen = receivers[0]
                self.ready.append((rname, rgen, call.value))
            else:
                chan.append(("value", call.value, None))
            self.ready.append((name, gen, None))
        elif isinstance(call, Recv):
            chan = self.channels.setdefault(call.chan, [])
            values = [w for w in chan if w[0] == "value"]
            if values:
                chan.remove(values[0])
                self.ready.append((name, gen, values[0][1]))
            else:
                chan.append(("recv", name, gen))
        else:
            raise TypeError(f"task {name} yielded {call!r}")


def worker(n, log):
    total = 0
    for i in range(n):
        log.append(f"worker{n} step {i}")
        total += i
        yield Sleep(n)
    return total


def producer(log):
    for item in ["a", "b", "c", None]:
        log.append(f"produce {item}")
        yield Send("q", item)
        yield Sleep(1)
    return "producer done"


def consumer(log):
    got = []
    while True:
        item = yield Recv("q")
        if item is None:
            return got
        log.append(f"consume {item}")
        got.append(item)


def main(log):
    child = yield Spawn(worker(3, log), "w3")
    log.append(f"spawned {child}")
    yield Spawn(worker(2, log), "w2")
    r3 = yield Join("w3")
    r2 = yield Join("w2")
    return r2 + r3


log = []
s = Scheduler()
s.spawn(main(log), "main")
s.spawn(producer(log), "producer")
s.spawn(consumer(log), "consumer")
s.run()
print("\n".join(log))
print("\n".join(s.log))
print(s.results, "clock", s.clock)


class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []

    def set_result(self, value):
        self.done, self.result = True, value
        for cb in self.callbacks:
            cb()
        self.callbacks = []

    def __await__(self):
        if not self.done:
            yield self
        return self.result


class Loop:
    def __init__(self):
        self.queue = []
        self.timers = []
        self.now = 0

    def create_task(self, coro):
        self.queue.append((coro, None))

    def sleep(self, delay, value=None):
        fut = Future()
        self.timers.append((self.now + delay, len(self.timers), fut, value))
        return fut

    def run(self):
        while self.queue or self.timers:
            while self.queue:
                coro, value = self.queue.pop(0)
                try:
                    fut = coro.send(value)
                except StopIteration:
                    continue
                fut.callbacks.append(lambda c=coro, f=fut: self.queue.append((c, f.result)))
            if self.timers:
                self.timers.sort()
                when, _, fut, value = self.timers.pop(0)
                self.now = when
                fut.set_result(value)


loop = Loop()
events = []


async def fetch(name, delay):
    events.append(f"t={loop.now} start {name}")
    data = await loop.sleep(delay, f"{name}-data")
    events.append(f"t={loop.now} got {data}")
    return data


async def gather_all():
    a = await fetch("a", 3)
    b = await fetch("b", 1)
    events.append(f"both: {a}, {b}")


loop.create_task(gather_all())
loop.create_task(fetch("c", 2))
loop.run()
print("\n".join(events))
