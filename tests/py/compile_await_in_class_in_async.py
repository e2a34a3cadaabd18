async def f():
    await x
    class C:
        await y
