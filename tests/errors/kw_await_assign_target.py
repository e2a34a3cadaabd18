async def f():
    x = await
