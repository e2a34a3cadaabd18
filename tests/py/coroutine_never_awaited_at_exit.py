async def f():
    pass
async def g():
    pass
a = f()
b = f()
c = g()
_d = g()
