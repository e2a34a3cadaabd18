# gi_frame / cr_frame / ag_frame in every state of a generator, coroutine
# and async generator, gi_running / gi_suspended / gi_yieldfrom /
# cr_await, and what a frame keeps once its generator has finished.


def current_frame():
    try:
        raise ZeroDivisionError
    except ZeroDivisionError as e:
        return e.__traceback__.tb_frame.f_back


def counter(start):
    n = start
    while n < start + 2:
        seen = yield n
        n += 1
    return "done"


g = counter(5)
fr = g.gi_frame
print(type(fr).__name__, fr.f_code.co_name, fr.f_lineno, fr.f_locals, fr.f_back)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_frame is fr)
print(next(g), fr.f_lineno, fr.f_locals, g.gi_suspended, fr.f_back)
print(g.send("hello"), fr.f_lineno, fr.f_locals)
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
print(g.gi_frame, g.gi_running, g.gi_suspended)
print(fr.f_lineno, fr.f_locals, fr.f_back)


# Inside the running generator: gi_running, and f_back is the resumer.
def introspect():
    me = yield
    f = current_frame()
    yield me.gi_running, me.gi_suspended, f is me.gi_frame, f.f_back.f_code.co_name


def drive():
    it = introspect()
    next(it)
    return it.send(it)


print(drive())


def in_for_loop():
    out = []
    for item in introspect_for():
        out.append(item)
    return out


def introspect_for():
    f = current_frame()
    yield f.f_back.f_code.co_name
    yield f.f_back.f_lineno


print(in_for_loop())


# yield from: gi_yieldfrom is the delegate; its frame's f_back while running.
def inner():
    f = current_frame()
    yield f.f_back.f_code.co_name
    yield f.f_back.f_back.f_code.co_name


def delegating():
    yield from inner()


d = delegating()
print(next(d), d.gi_yieldfrom.gi_frame.f_code.co_name, d.gi_frame.f_lineno)
print(next(d), d.gi_yieldfrom.gi_suspended)
print(list(d), d.gi_yieldfrom, d.gi_frame)


# The frame object outlives the generator.
def holder():
    x = [1, 2]
    yield current_frame()
    yield 2


h = holder()
hf = next(h)
print(hf is h.gi_frame, hf.f_back)
del h
print(hf.f_locals["x"], hf.f_back, hf.f_lineno)


# frame.clear() of a suspended generator closes it; of a running one fails.
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")


c = closing()
next(c)
cf = c.gi_frame
cf.clear()
print(c.gi_frame, c.gi_suspended, list(c))


def clears_itself():
    f = current_frame()
    try:
        f.clear()
    except RuntimeError as e:
        yield str(e)


print(list(clears_itself()))

created = counter(1)
created.gi_frame.clear()
print(created.gi_frame, list(created))


# Coroutines: cr_frame, cr_await, cr_running, cr_suspended.
class Later:
    def __await__(self):
        got = yield "waiting"
        return got


async def coro(a):
    b = a + 1
    r = await Later()
    return b + r


co = coro(1)
cf = co.cr_frame
print(cf.f_code.co_name, cf.f_locals, co.cr_await, co.cr_running, co.cr_suspended)
print(co.send(None), cf.f_locals, type(co.cr_await).__name__, co.cr_suspended)
try:
    co.send(40)
except StopIteration as e:
    print("result", e.value)
print(co.cr_frame, co.cr_await, cf.f_locals)


# Async generators: ag_frame, ag_await, ag_running.
async def agen(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


ag = agen(2)
af = ag.ag_frame
print(af.f_code.co_name, af.f_locals, ag.ag_running, ag.ag_await)
step = ag.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("item", e.value, af.f_locals)
ag2 = agen(0)
try:
    ag2.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted", ag2.ag_frame)


# A generator expression's frame.
ge = (v * 2 for v in range(3))
print(ge.gi_frame.f_code.co_name, next(ge), sorted(ge.gi_frame.f_locals))
