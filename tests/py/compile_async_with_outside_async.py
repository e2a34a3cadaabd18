print("x")
def f():
    async with a:
        pass
