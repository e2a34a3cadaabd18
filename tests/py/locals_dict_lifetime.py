# The dict a function's locals() returns lives as long as the frame (or
# longer when it is kept): its values die with it; generators and coroutines
# keep theirs while suspended; a dict referring to itself is collected.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def frame_ends():
    x = Noisy("x")
    locals()
    del x
    print("x deleted but still in the dict")
    return "returned"


print(frame_ends())


def kept():
    y = Noisy("y")
    return locals()


d = kept()
print("dict kept", sorted(d))
del d
print("dict dropped")


def gen():
    g = Noisy("g")
    d = locals()
    yield sorted(d)
    del g
    yield sorted(locals()), sorted(d)


it = gen()
print(next(it))
print(next(it))
print("closing")
del it
print("closed")


def gen2():
    h = Noisy("h")
    locals()
    yield 1


it = gen2()
next(it)
it.close()
print("gen2 closed")


async def coro():
    c = Noisy("c")
    return sorted(locals())


co = coro()
try:
    co.send(None)
except StopIteration as e:
    print("coroutine", e.value)


def self_ref():
    me = locals()
    n = Noisy("cycle")
    locals()
    return None


self_ref()
print("self_ref returned")


def exec_eval():
    a = 1
    exec("b = a + 1")
    print(eval("b"), locals()["b"], eval("a + b"))
    exec("a = 100")
    print(a, locals()["a"])


exec_eval()


def comprehension():
    outer = 1
    return [sorted(locals()) for v in range(2)], {k: sorted(locals()) for k in "a"}


print(comprehension())
print("end")
