# The with statement: enter/exit order, targets, several items, nesting,
# return/break/continue through with blocks, suppression, errors.

log = []


class CM:
    def __init__(self, name, suppress=False, fail_exit=False, value=None):
        self.name = name
        self.suppress = suppress
        self.fail_exit = fail_exit
        self.value = value

    def __enter__(self):
        print("enter", self.name)
        return self if self.value is None else self.value

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is None)
        if self.fail_exit:
            raise KeyError(self.name)
        return self.suppress


with CM("a") as a:
    print("body", a.name)

with CM("b", value=(1, 2)) as (x, y):
    print("unpacked", x, y)

with CM("c"), CM("d") as d, CM("e"):
    print("three", d.name)

with CM("outer"):
    with CM("inner"):
        print("nested")


def returns():
    with CM("r1"), CM("r2"):
        return "returned"
    print("not reached")


print(returns())


def loops():
    for i in range(4):
        with CM(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            print("iteration", i)
    else:
        print("no break")
    print("after loop")


loops()

# A true result from __exit__ suppresses the exception.
with CM("s", suppress=True):
    print("before")
    raise ValueError("swallowed")
    print("not reached")
print("after suppression")

# A false result lets it go on.
try:
    with CM("f"):
        raise ValueError("kept")
except ValueError as e:
    print("caught", e)

# The exception is being handled while __exit__ runs.
class Show:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        try:
            raise RuntimeError("in exit")
        except RuntimeError as e:
            print("context is", repr(e.__context__))
        return True


with Show():
    raise TypeError("original")

# __exit__ raising replaces the exception; the original is its context.
try:
    with CM("g", fail_exit=True):
        1 / 0
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)

# __exit__ raising on the normal path.
try:
    with CM("h", fail_exit=True):
        print("fine")
except KeyError as e:
    print("KeyError", e, e.__context__)

# Exceptions in __enter__: __exit__ is not called.
class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")

    def __exit__(self, *args):
        print("never")


try:
    with CM("i"), BadEnter():
        print("not reached")
except OSError as e:
    print("OSError", e)


# The protocol is looked up on the type, not the instance.
class NoProtocol:
    pass


obj = NoProtocol()
obj.__enter__ = lambda: 1
obj.__exit__ = lambda *a: None
try:
    with obj:
        pass
except TypeError as e:
    print(e)


class OnlyEnter:
    def __enter__(self):
        return self


class OnlyExit:
    def __exit__(self, *a):
        pass


for o in (1, OnlyEnter(), OnlyExit(), None):
    try:
        with o:
            pass
    except TypeError as e:
        print(e)


# The target is assigned after __enter__, inside the block.
class Store:
    def __setitem__(self, key, value):
        raise IndexError("cannot store")


try:
    with CM("j", value=5) as Store()[0]:
        print("not reached")
except IndexError as e:
    print("IndexError", e)


# Exits in a generator, and a with around a yield.
def gen():
    with CM("gen"):
        yield 1
        yield 2


for v in gen():
    print("got", v)
g = gen()
print(next(g))
g.close()
print("closed")


# __exit__ results: any true value suppresses, a failing __bool__ raises.
class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if self.v is None:
            raise ValueError("no truth")
        return self.v


class ExitWith:
    def __init__(self, result):
        self.result = result

    def __enter__(self):
        pass

    def __exit__(self, *a):
        return self.result


for r in (1, "", [0], Truthy(True), Truthy(False), Truthy(None)):
    try:
        with ExitWith(r):
            raise LookupError("x")
        print("suppressed by", type(r).__name__)
    except LookupError:
        print("not suppressed by", type(r).__name__)
    except ValueError as e:
        print("ValueError", e, type(e.__context__).__name__)


# Return value computed before __exit__ runs; __exit__ sees the locals.
def order():
    x = [1]
    with CM("k"):
        return x
    

print(order())

# A with statement's exit after a finally and an except.
def mixed():
    try:
        with CM("m"):
            try:
                return "from try"
            finally:
                print("finally")
    finally:
        print("outer finally")


print(mixed())
