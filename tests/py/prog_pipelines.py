# Generator pipelines: a log file processed lazily through stages (read,
# parse, filter, enrich, window, aggregate), generators with send() for a
# running average, yield from for flattening trees, generator cleanup with
# finally, and itertools-like helpers written by hand.
LOG = """\
2024-01-01 10:00:01 INFO  web  GET /index 200 12ms
2024-01-01 10:00:02 WARN  web  GET /slow 200 950ms
2024-01-01 10:00:02 INFO  api  POST /login 200 33ms
2024-01-01 10:00:03 ERROR api  POST /login 500 5ms
2024-01-01 10:00:05 INFO  web  GET /index 304 2ms
bad line here
2024-01-01 10:00:07 INFO  api  GET /items 200 48ms
2024-01-01 10:00:08 ERROR web  GET /crash 500 1ms
2024-01-01 10:00:09 INFO  api  GET /items 200 51ms
2024-01-01 10:00:10 WARN  api  GET /items 429 0ms
"""


def read_lines(text):
    for number, line in enumerate(text.splitlines(), 1):
        yield number, line


def parse(lines, errors):
    for number, line in lines:
        parts = line.split()
        if len(parts) != 8:
            errors.append(number)
            continue
        date, time, level, service, method, path, status, ms = parts
        yield {"n": number, "t": time, "level": level, "service": service, "req": f"{method} {path}",
               "status": int(status), "ms": int(ms[:-2])}


def where(records, **conditions):
    for r in records:
        if all(r[k] == v if not callable(v) else v(r[k]) for k, v in conditions.items()):
            yield r


def window(iterable, size):
    buf = []
    for item in iterable:
        buf.append(item)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def group_by(records, key):
    groups = {}
    for r in records:
        groups.setdefault(r[key], []).append(r)
    return groups


errors = []
records = list(parse(read_lines(LOG), errors))
print("parsed", len(records), "bad lines", errors)
slow = where(records, ms=lambda m: m > 40)
print("slow:", [(r["n"], r["req"], r["ms"]) for r in slow])
print("api errors:", [r["n"] for r in where(records, service="api", status=lambda s: s >= 500)])
for service, rs in sorted(group_by(records, "service").items()):
    times = [r["ms"] for r in rs]
    print(f"{service}: count={len(rs)} total={sum(times)}ms worst={max(times)}ms")
print([tuple(r["ms"] for r in w) for w in window(records, 3)][:4])


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return (count, total)
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)
print([round(avg.send(r["ms"]), 2) for r in records])
try:
    avg.send(None)
except StopIteration as stop:
    print("averager finished with", stop.value)


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))


def chain(*iterables):
    for it in iterables:
        yield from it


def take(n, iterable):
    it = iter(iterable)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return


def count(start=0, step=1):
    while True:
        yield start
        start += step


def accumulate(iterable, func=lambda a, b: a + b):
    it = iter(iterable)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = func(total, x)
        yield total


print(list(take(5, count(10, 5))), list(chain("ab", [1, 2], range(2))), list(accumulate([1, 2, 3, 4])))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(take(3, "xy")), list(accumulate([])))


def resource(name, log):
    log.append(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        log.append(f"close {name}")


log = []
for item in resource("A", log):
    log.append(item)
    if item.endswith("1"):
        break
gen = resource("B", log)
log.append(next(gen))
gen.close()
print(log)
primes = (n for n in count(2) if all(n % d for d in range(2, int(n ** 0.5) + 1)))
print(list(take(15, primes)))
squares_of_evens = (x * x for x in range(20) if x % 2 == 0)
print(sum(squares_of_evens), sum(squares_of_evens))
