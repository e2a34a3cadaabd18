class Tick:
    def __await__(self):
        yield "tick"


def step(awaitable):
    try:
        return awaitable.send(None)
    except StopIteration as e:
        return ("item", e.value)


async def awaits_in_finally():
    try:
        yield 1
    finally:
        print("finally starts")
        await Tick()
        print("never printed")


async def plain_finally():
    try:
        yield 1
    finally:
        print("plain finally")


g = plain_finally()
print(step(g.__anext__()))
del g
print("after plain")
g = awaits_in_finally()
print(step(g.__anext__()))
c = g.aclose()
print(step(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
except StopIteration:
    print("StopIteration: the generator finished")
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
print("end")
