class Tick:
    def __await__(self):
        yield "tick"


async def inner():
    await Tick()


async def outer():
    try:
        await inner()
    finally:
        print("outer finally")


c = outer()
c.send(None)
c.throw(ValueError("thrown in"))
