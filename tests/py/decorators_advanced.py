# Decorators: factories with arguments, stacking order (applied bottom-up,
# run top-down), class decorators that add methods or register classes,
# decorating methods, classmethods and properties, decorators that return
# non-functions, and decorators whose arguments are evaluated before the
# function is defined.
trace = []


def logged(prefix):
    trace.append(f"factory {prefix}")

    def deco(fn):
        trace.append(f"decorate {fn.__name__} with {prefix}")

        def wrapper(*args, **kwargs):
            trace.append(f"{prefix} before {fn.__name__}{args}")
            result = fn(*args, **kwargs)
            trace.append(f"{prefix} after -> {result!r}")
            return result
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco


@logged("outer")
@logged("inner")
def add(a, b):
    return a + b


print(add(1, 2))
print(*trace, sep="\n")
trace.clear()
registry = {}


def register(cls=None, *, name=None):
    def apply(c):
        registry[name or c.__name__.lower()] = c
        c.registered = True
        return c
    return apply if cls is None else apply(cls)


def with_repr(cls):
    fields = [k for k in cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount]]

    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls


@register
@with_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


@register(name="vec")
@with_repr
class Vector(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z


print(Point(1, 2), Vector(1, 2, 3), sorted(registry), Vector.registered)


def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


class Service:
    @count_calls
    def ping(self):
        return "pong"

    @classmethod
    @count_calls
    def create(cls):
        return cls()

    @property
    @count_calls
    def status(self):
        return "ok"

    @staticmethod
    @count_calls
    def helper(x):
        return x * 2


s = Service.create()
print(s.ping(), s.ping(), s.status, Service.helper(4), Service.create.__func__.calls, Service.ping.calls,
      Service.status.fget.calls, Service.__dict__["helper"].__func__.calls)


def to_constant(fn):
    return fn()


@to_constant
def answer():
    return 42


print(answer, type(answer).__name__)


def evaluated(label):
    print("  evaluating decorator expression", label)
    return lambda fn: fn


@evaluated("first")
@evaluated("second")
def decorated():
    print("  body runs only when called")


decorated()
decorators = [logged("from list")]


@decorators[0]
def sub(a, b):
    return a - b


print(sub(5, 3), trace[-1])


def bad_decorator(fn):
    return None


@bad_decorator
def gone():
    pass


print(gone)
try:
    @5
    def oops():
        pass
except TypeError as e:
    print("TypeError:", e)
