# Generators with try/finally and except blocks: close() and deallocation
# run finally blocks, yields inside them, GeneratorExit handling, exception
# context kept across yields, throw(StopIteration) becoming RuntimeError.
def g1():
    try:
        yield 1
        yield 2
    finally:
        print("g1 finally")
        yield "from finally"
print(list(g1()))
x = g1(); next(x)
try:
    x.close()
except RuntimeError as e:
    print("RuntimeError", e)
del x

def g2():
    try:
        return "ret"
    finally:
        yield "in finally before return"
r = g2()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print("stop value", e.value)

def g3():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
for v in g3():
    if v == 1:
        break
print("after break")

def g4():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
    finally:
        print("g4 finally")
y = g4(); next(y); y.close(); print(y.gi_suspended)

def g5():
    with_value = yield
    try:
        raise KeyError(with_value)
    except KeyError:
        yield "handling"
        try:
            yield "inner"
        finally:
            print("inner finally")
    yield "end"
z = g5(); next(z)
print(z.send("k"), next(z), next(z))
try:
    z.throw(ValueError("bad"))
except ValueError as e:
    print("propagated", e, repr(e.__context__))

def gen_ctx():
    try:
        raise KeyError("own")
    except KeyError:
        yield 1
        raise ValueError("after")
gc = gen_ctx(); next(gc)
try:
    next(gc)
except ValueError as e:
    print(repr(e.__context__))

def delegate_close():
    try:
        yield from g3()
    finally:
        print("delegate finally")
d = delegate_close(); next(d); d.close()
print(list(delegate_close()))

def genexit_ignored():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring")
ge = genexit_ignored(); next(ge)
try:
    ge.close()
except RuntimeError as e:
    print(e)
try:
    ge.throw(KeyError("finish it"))
except KeyError as e:
    print("finished by", e)
def throw_stop():
    yield 1
t = throw_stop(); next(t)
try:
    t.throw(StopIteration)
except RuntimeError as e:
    print("RE", e, type(e.__cause__).__name__)
