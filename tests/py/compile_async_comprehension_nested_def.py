async def f():
    def g():
        [await x for x in y]
