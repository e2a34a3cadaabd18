# Asynchronous comprehensions and generator expressions.


class Tick:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        yield self.label
        return self.label


def run(coro):
    steps = []
    try:
        while True:
            steps += [coro.send(None)]
    except StopIteration as stop:
        print("  steps", len(steps))
        return stop.value


async def agen(n):
    for i in range(n):
        await Tick(i)
        yield i


async def double(x):
    await Tick(x)
    return 2 * x


async def comprehensions():
    a = [x async for x in agen(3)]
    b = {x: await double(x) async for x in agen(2)}
    c = {x % 2 async for x in agen(4) if x > 0}
    d = [await double(x) for x in range(3)]
    e = [(x, y) async for x in agen(2) for y in "ab"]
    f = [(x, y) for x in "ab" async for y in agen(2)]
    g = [x async for x in agen(5) if x % 2 if x > 1]
    return a, b, c, d, e, f, g


for r in run(comprehensions()):
    print(r)


async def generator_expressions():
    ge = (x * 10 async for x in agen(3))
    print(type(ge).__name__, ge.__name__)
    out = [v async for v in ge]
    ge2 = (await double(x) for x in range(2))
    print(type(ge2).__name__)
    out += [v async for v in ge2]
    return out


print(run(generator_expressions()))


async def nested():
    return [[y async for y in agen(x)] async for x in agen(3)]


print(run(nested()))


async def errors():
    try:
        [x async for x in 5]
    except TypeError as e:
        print(e)
    try:
        [x async for x in {1, 2}]
    except TypeError as e:
        print(e)
    try:
        async for x in {1, 2}:
            pass
    except TypeError as e:
        print(e)

    class BadAiter:
        def __aiter__(self):
            return 1

    class NoAnext:
        def __aiter__(self):
            return self

    class BadAnext:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 7

    for obj in (BadAiter(), NoAnext(), BadAnext()):
        try:
            async for x in obj:
                pass
        except TypeError as e:
            print(type(obj).__name__, e, repr(e.__cause__))


run(errors())


# An async generator expression may be made in a plain function.
def make(n):
    return (i * i async for i in agen(n))


async def use_made():
    return [v async for v in make(3)]


print(run(use_made()))
