# Generator functions: lazy evaluation, exhaustion, return values, state
# kept between resumptions, and generators driving other generators.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


for x in count_up(4):
    print("for", x)
print(list(count_up(5)))
print(list(count_up(0)))

g = count_up(3)
print(next(g), next(g), next(g))
print(next(g, "done"), next(g, "still done"))
print(list(g))
del g


def trace(label):
    print("start", label)
    yield label + "-1"
    print("middle", label)
    yield label + "-2"
    print("end", label)


t = trace("a")
print("created")
print(next(t))
print(next(t))
print(next(t, None))
del t


def with_return(n):
    for i in range(n):
        yield i
    return "result " + str(n)


try:
    r = with_return(2)
    print(next(r), next(r))
    next(r)
except StopIteration as e:
    print("StopIteration:", e)

try:
    next(count_up(0))
except StopIteration as e:
    print("empty StopIteration: [" + str(e) + "]")


def returns_tuple():
    return (1, 2)
    yield


try:
    next(returns_tuple())
except StopIteration as e:
    print("tuple value:", e)


# Generators keep their locals, arguments and closures alive.
def accumulate(items, start):
    total = start
    for item in items:
        total = total + item
        yield total


print(list(accumulate([1, 2, 3, 4], 10)))
print(list(accumulate(["a", "b"], "")))


def make_counter(step):
    def gen(n):
        k = 0
        while k < n:
            yield k * step
            k += 1
    return gen


by3 = make_counter(3)
print(list(by3(5)), list(by3(2)))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


# An infinite generator consumed by a manual islice.
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out = out + [x]
    return out


print(take(15, fib()))


def islice(it, start, stop):
    i = 0
    for x in it:
        if i >= stop:
            return
        if i >= start:
            yield x
        i += 1


print(list(islice(fib(), 10, 20)))
print(list(islice(count_up(100), 3, 7)))


# A pipeline of generators.
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def running_sum(it):
    s = 0
    for x in it:
        s += x
        yield s


print(list(running_sum(squares(evens(count_up(12))))))
print(sum(squares(evens(range(100)))))

# Two generators interleaved.
a = count_up(3)
b = count_up(3)
print([(next(a), next(b)) for _ in range(3)])
del a, b


# Recursive generators.
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


for p in permutations([1, 2, 3]):
    print(p)
print(len(list(permutations(list(range(5))))))


def flatten(tree):
    kind, value = tree
    if kind == "leaf":
        yield value
    else:
        for child in value:
            for x in flatten(child):
                yield x


leaf = lambda v: ("leaf", v)
node = lambda *children: ("node", children)
print(list(flatten(node(leaf(1), node(leaf(2), node(leaf(3))), leaf(4)))))


# A generator with lambda and a yield expression in an expression.
gen_lambda = lambda: (yield 42)
print(list(gen_lambda()))


def yields_in_expressions():
    x = (yield 1) or 10
    y = [(yield 2), (yield 3)]
    print("got", x, y)
    yield x


print(list(yields_in_expressions()))


def deep_pipeline(depth):
    if depth == 0:
        yield from_range(3)
    else:
        for x in deep_pipeline(depth - 1):
            yield x + 1


def from_range(n):
    return n * 100


print(list(deep_pipeline(50)))


# Unpacking, `in` and comprehensions over generators.
first, second, third = count_up(3)
print(first, second, third)
print(2 in count_up(5), 7 in count_up(5))
print([x * 10 for x in count_up(4)])
print({x: x * x for x in count_up(4)})
print(tuple(count_up(3)), sorted(count_up(4), reverse=True))
