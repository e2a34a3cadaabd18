# async with: __aenter__/__aexit__ awaited, suppression, errors.


class Tick:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        yield self.label


def run(coro):
    steps = []
    try:
        while True:
            steps += [coro.send(None)]
    except StopIteration as stop:
        if steps:
            print("  loop saw", steps)
        return stop.value


class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick(f"enter {self.name}")
        print("  aenter", self.name)
        return "<" + self.name + ">"

    async def __aexit__(self, typ, val, tb):
        await Tick(f"exit {self.name}")
        print("  aexit", self.name, typ.__name__ if typ else None, val)
        return self.suppress


async def basic():
    async with ACM("a") as a, ACM("b") as b:
        print("  body", a, b)
    async with ACM("c"):
        print("  no target")
    return "basic done"


print(run(basic()))


async def suppressing():
    async with ACM("s", suppress=True):
        raise ValueError("suppressed")
    print("  after suppression")
    try:
        async with ACM("t"):
            raise ValueError("propagates")
    except ValueError as e:
        print("  caught", e)


run(suppressing())


async def returning():
    for i in range(3):
        async with ACM(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    async with ACM("ret"):
        return "returned"


print(run(returning()))


# The errors.
class NoAenter:
    async def __aexit__(self, *a):
        pass


class NoAexit:
    async def __aenter__(self):
        pass


class SyncOnly:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        pass


class BadAenter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


class BadAexit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return "not awaitable"


async def use(cm):
    async with cm:
        print("  inside", type(cm).__name__)


for cm in (NoAenter(), NoAexit(), SyncOnly(), BadAenter(), BadAexit(), 42):
    try:
        run(use(cm))
    except TypeError as e:
        print(type(cm).__name__, "->", e)


# A synchronous with inside a coroutine, around an await.
class CM:
    def __enter__(self):
        print("  enter")

    def __exit__(self, *a):
        print("  exit", a[0])


async def sync_inside():
    with CM():
        await Tick("inside with")
    with CM():
        try:
            await Tick("again")
            raise KeyError("k")
        except KeyError:
            pass


run(sync_inside())
