# Context managers: __enter__'s value, __exit__'s arguments, suppression by
# a true return, exceptions raised in __exit__, nesting order, and errors
# for objects that lack the protocol.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"  enter {self.name}")
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print(f"  exit {self.name}: {et.__name__ if et else None} {ev!r} tb={tb is not None}")
        return self.suppress


with CM("a") as v:
    print("  body", v)

with CM("outer") as o, CM("inner", suppress=True) as i:
    print("  body", o, i)
    raise ValueError("swallowed by inner")
print("after")

try:
    with CM("x"), CM("y"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

with (CM("p1") as a,
      CM("p2") as b):
    print("  parenthesized", a, b)


def func():
    with CM("in-func", suppress=True):
        return "returned"


print(func())


def loop():
    for n in range(3):
        with CM(f"loop{n}"):
            if n == 0:
                continue
            if n == 1:
                break
    return n


print(loop())


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("from exit")


try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))


class Truthy:
    def __bool__(self):
        print("  __bool__ of exit result")
        return True


class ReturnsTruthy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return Truthy()


with ReturnsTruthy():
    1 / 0
print("suppressed by truthy object")


class NoEnter:
    def __exit__(self, *a):
        pass


class NoExit:
    def __enter__(self):
        pass


for obj in (NoEnter(), NoExit(), 5, None):
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class EnterRaises:
    def __enter__(self):
        raise OSError("enter failed")

    def __exit__(self, *a):
        print("  exit should not run")


try:
    with CM("first"), EnterRaises():
        print("never")
except OSError as e:
    print("OSError:", e)


class Reusable:
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        return self.depth

    def __exit__(self, *a):
        self.depth -= 1


r = Reusable()
with r as d1:
    with r as d2:
        print("depths", d1, d2, r.depth)
print("final depth", r.depth)


class Transaction:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.snapshot = list(self.log)
        return self

    def __exit__(self, et, ev, tb):
        if et is not None:
            self.log[:] = self.snapshot
            print(f"  rolled back after {et.__name__}: {ev}")
            return issubclass(et, ValueError)
        print("  committed")


log = [1]
with Transaction(log):
    log.append(2)
with Transaction(log):
    log.append(3)
    raise ValueError("bad value")
print(log)
try:
    with Transaction(log):
        log.append(4)
        raise TypeError("not suppressed")
except TypeError as e:
    print("TypeError:", e, log)
with CM("stop-iter", suppress=True):
    raise StopIteration
print("done")
