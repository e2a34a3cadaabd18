def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def depth(n):
    if n == 0:
        return 0
    return 1 + await depth(n - 1)


print(run(depth(500)))
try:
    run(depth(5000))
except RecursionError as e:
    print("RecursionError", e)


async def agen(n):
    if n:
        async for x in agen(n - 1):
            yield x
    yield n


async def collect(n):
    return [x async for x in agen(n)]


print(len(run(collect(50))))
try:
    run(collect(2000))
except RecursionError as e:
    print("RecursionError", e)
