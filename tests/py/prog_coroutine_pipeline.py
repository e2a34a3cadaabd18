# Push-style generator coroutines (the classic "coroutine pipeline"): a
# priming decorator, broadcast, filter, windowed average, a sink collecting
# results, close() propagating end-of-stream flushes down the pipeline, and
# throw() used to inject a reset; plus a pull-style pipeline for comparison.
def coroutine(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g

    start.__name__ = fn.__name__
    return start


@coroutine
def sink(name, log):
    items = []
    try:
        while True:
            items.append((yield))
    except GeneratorExit:
        log.append(f"{name} closed with {items}")
        raise


class Reset(Exception):
    pass


@coroutine
def window_avg(size, target):
    win = []
    try:
        while True:
            try:
                x = yield
            except Reset:
                win.clear()
                target.send("reset")
                continue
            win.append(x)
            if len(win) > size:
                win.pop(0)
            if len(win) == size:
                target.send(round(sum(win) / size, 3))
    except GeneratorExit:
        if win and len(win) < size:
            target.send(("partial", round(sum(win) / len(win), 3)))
        target.close()
        raise


@coroutine
def keep_if(pred, target):
    try:
        while True:
            x = yield
            if pred(x):
                target.send(x)
    except GeneratorExit:
        target.close()
        raise


@coroutine
def broadcast(*targets):
    try:
        while True:
            x = yield
            for t in targets:
                t.send(x)
    except GeneratorExit:
        for t in targets:
            t.close()
        raise


@coroutine
def tally(log):
    counts = {}
    try:
        while True:
            x = yield
            k = "even" if x % 2 == 0 else "odd"
            counts[k] = counts.get(k, 0) + 1
    finally:
        log.append(f"tally {sorted(counts.items())}")


log = []
pipeline = broadcast(
    keep_if(lambda v: v >= 0, window_avg(3, sink("averages", log))),
    keep_if(lambda v: v % 3 == 0, sink("multiples of 3", log)),
    tally(log),
)
data = [4, 8, -1, 15, 16, 23, 42, 9, -6, 12]
for v in data:
    pipeline.send(v)
pipeline.close()
print("\n".join(log))

log.clear()
w = window_avg(2, sink("with reset", log))
for v in (1, 3, 5):
    w.send(v)
w.throw(Reset)
for v in (10, 20, 7):
    w.send(v)
w.close()
print(log)


# the same computation pulled through generators
def source(values):
    yield from values


def nonneg(it):
    return (v for v in it if v >= 0)


def windows(it, size):
    win = []
    for v in it:
        win.append(v)
        if len(win) > size:
            win.pop(0)
        if len(win) == size:
            yield round(sum(win) / size, 3)


print(list(windows(nonneg(source(data)), 3)))


# a generator that both receives and produces: running statistics
def running_stats():
    n = total = 0
    sq = 0.0
    mean = None
    while True:
        x = yield (n, mean)
        n += 1
        total += x
        sq += x * x
        mean = total / n


rs = running_stats()
next(rs)
print([rs.send(v) for v in (2, 4, 4, 4, 5, 5, 7, 9)])


@coroutine
def bad_stage():
    while True:
        x = yield
        if x == "boom":
            raise ValueError("stage failed on boom")


b = bad_stage()
b.send("ok")
try:
    b.send("boom")
except ValueError as e:
    print("ValueError:", e)
try:
    b.send("after")
except StopIteration:
    print("dead coroutine raises StopIteration")
print(bad_stage.__name__, sink.__name__)
