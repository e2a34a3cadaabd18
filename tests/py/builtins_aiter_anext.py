for args in [(), (1,), (1, 2, 3)]:
    try: anext(*args)
    except TypeError as e: print(e)
    try: aiter(*args)
    except TypeError as e: print(e)
class A:
    def __aiter__(self): return 1
try: aiter(A())
except TypeError as e: print(e)
try: anext(x=1)
except TypeError as e: print(e)
async def ag():
    yield 1
g = ag()
print(aiter(g) is g)
a = anext(g, 5)
print(type(a).__name__)
def run(c):
    try:
        while True: c.send(None)
    except StopIteration as e: return e.value
async def main():
    print(await anext(g, "d"))
    print(await anext(g, "d"))
    print(await anext(g, "d"))
    try: await anext(g)
    except StopAsyncIteration: print("SAI")
run(main())
