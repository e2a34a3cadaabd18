# Functional tools written by hand (no imports): partial, reduce, compose,
# a contextmanager decorator over generators, a wraps-like decorator
# copying metadata, memoization with a dict, currying by argument count,
# and a pipeline of map/filter/zip over generators.
def partial(fn, *bound, **bound_kw):
    def call(*args, **kwargs):
        return fn(*bound, *args, **{**bound_kw, **kwargs})
    call.func, call.args, call.keywords = fn, bound, bound_kw
    return call


def reduce(fn, iterable, *initial):
    it = iter(iterable)
    if initial:
        acc = initial[0]
    else:
        try:
            acc = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for x in it:
        acc = fn(acc, x)
    return acc


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def wraps(wrapped):
    def deco(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco


class GeneratorContext:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(fn):
    @wraps(fn)
    def helper(*args, **kwargs):
        return GeneratorContext(fn(*args, **kwargs))
    return helper


@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"swallowed {e}")
    finally:
        log.append(f"</{name}>")


log = []
with tag("a", log) as t:
    log.append(t)
    with tag("b", log):
        raise KeyError("inner")
try:
    with tag("c", log):
        raise ValueError("propagates")
except ValueError as e:
    log.append(f"caught {e}")
print(log, tag.__name__, tag.__wrapped__.__name__)
power = partial(pow, 2)
print(power(10), partial(int, base=2)("1011"), partial(sorted, reverse=True)([3, 1, 2]), power.func is pow, power.args)
print(reduce(lambda a, b: a * b, range(1, 7)), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose()(7), compose(str, abs)(-3))


def memoize(fn):
    cache = {}

    @wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


@memoize
def ways(n, coins):
    """Ways to make n from coins."""
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100, (50, 25, 10, 5, 1)), len(ways.cache), ways.__doc__, ways.__name__)
ways.cache.clear()


def curry(fn, n=None):
    n = fn.__code__.co_argcount if n is None else n

    def curried(*args):
        if len(args) >= n:
            return fn(*args)
        return curry(lambda *more: fn(*args, *more), n - len(args))
    return curried


add3 = curry(lambda a, b, c: a + b + c)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
pipeline = zip(range(1, 100), filter(lambda w: "l" in w, map(str.upper, words)))
print(list(pipeline), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, "", "x", [], [0]])))
print(sorted(words, key=compose(len, set)), max(words, key=partial(str.count, "a")) if False else max(words, key=len))
