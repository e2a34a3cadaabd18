# Closure patterns: counters and accumulators with nonlocal, sibling
# closures sharing one cell, closures created in loops (late binding vs
# default arguments vs factory functions), closures over loop variables
# of comprehensions, a closure that outlives its frame and is rebound,
# and cell contents changed after the closure was made.
def make_account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance

    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError(f"insufficient: {balance} < {x}")
        balance -= x
        return balance

    def current():
        return balance
    return deposit, withdraw, current


dep, wd, cur = make_account(100)
print(dep(50), wd(30), cur())
try:
    wd(1000)
except ValueError as e:
    print("ValueError:", e)
dep2, _, cur2 = make_account(0)
dep2(5)
print(cur(), cur2(), dep.__closure__[0] is wd.__closure__[0], dep.__closure__[0] is dep2.__closure__[0])


def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 100
    return [f() for f in fs]


def early_binding():
    return [(lambda i=i: i)() for i in range(3)]


def factory_binding():
    def make(i):
        return lambda: i
    return [make(i)() for i in range(3)]


print(late_binding(), early_binding(), factory_binding())
comp_closures = [lambda: n for n in range(3)]
print([f() for f in comp_closures])


def running_average():
    total = count = 0

    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add


avg = running_average()
print([avg(x) for x in (10, 20, 30, 40)])


def outer():
    value = "first"

    def reader():
        return value
    value = "second"
    r1 = reader()
    value = "third"
    return r1, reader


r1, reader = outer()
print(r1, reader())


def counter_generator():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    def gen():
        while True:
            yield bump()
    return gen()


g = counter_generator()
print(next(g), next(g), next(g))


def compose_all(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run


steps = [lambda x, k=k: x * k for k in (2, 3, 5)]
print(compose_all(*steps)(1), compose_all()(7))


def memo_fib():
    cache = {0: 0, 1: 1}

    def fib(n, cache=cache):
        if n not in cache:
            cache[n] = fib_ref[0](n - 1) + fib_ref[0](n - 2)
        return cache[n]
    fib_ref = [fib]
    result = fib(60)
    fib_ref.clear()  # the list referred back to fib: emptied, no cycle left
    return result, len(cache)


print(memo_fib())


def shadow_levels():
    x = "outer"

    def mid():
        x = "mid"

        def inner():
            return x
        return inner()

    def mid_nonlocal():
        nonlocal x
        x = "changed by mid_nonlocal"
    before = mid()
    mid_nonlocal()
    return before, x


print(shadow_levels())


def make_multipliers():
    return {name: (lambda factor: (lambda v: v * factor))(factor) for name, factor in [("double", 2), ("triple", 3)]}


mults = make_multipliers()
print(mults["double"](21), mults["triple"](7), sorted(mults))


class Config:
    setting = "class-level"

    def getter(self):
        setting = "method-local"
        return lambda: (setting, self.setting)


print(Config().getter()())
