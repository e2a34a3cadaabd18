class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def parse(text):
    await Tick()
    return int(text)


async def total(texts):
    result = 0
    for t in texts:
        result += await parse(t)
    return result


async def main():
    print(await total(["1", "2"]))
    value = await total(["3", "x"])
    print(value)


run(main())
