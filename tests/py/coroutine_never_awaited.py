# A coroutine that is never awaited warns where it is dropped, once per
# place (the warnings module's "default" action), and not at all once
# started.


async def f():
    return 1


async def g(x):
    return x


def in_function():
    f()


def dropped_at_return():
    c = f()
    print("holding", type(c).__name__)
    return 1


def rebound():
    c = g(1)
    c = None
    print("rebound", c)


print("start")
f()
print("after statement")
for i in range(3):
    g(i)
print("after loop")
in_function()
in_function()
dropped_at_return()
rebound()
x = [f(), g(2)]
del x
print("after del")
c = f()
c.close()
print("closed: no warning")
c = f()
try:
    c.send(None)
except StopIteration:
    print("finished: no warning")
c = g(3)
c.throw(KeyError) if False else None
c = None


class Holder:
    def __init__(self):
        self.coro = f()


h = Holder()
h = None
print("kept until the end:")
kept = g("end")
