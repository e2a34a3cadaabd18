class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def rows(data):
    for d in data:
        await Tick()
        yield 10 // d


async def main():
    total = 0
    async for r in rows([1, 2, 0]):
        total += r
    return total


run(main())
