# yield from: delegation to subgenerators and other iterables, the result
# value, and chains of delegating generators.
def inner(n):
    for i in range(n):
        received = yield i
        if received is not None:
            print("inner got", received)
    return "inner done " + str(n)


def middle(n):
    result = yield from inner(n)
    print("middle got:", result)
    return result + "!"


def outer():
    r1 = yield from middle(2)
    r2 = yield from middle(3)
    print("outer results:", r1, "|", r2)
    return len(r1) + len(r2)


print(list(outer()))

try:
    g = outer()
    while True:
        print("value", next(g))
except StopIteration as e:
    print("outer returned", e)


# Delegation to lists, strings, ranges, tuples, and generator expressions.
def mixed():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from (x * x for x in range(3))
    yield from ()
    r = yield from []
    print("yield from an exhausted list gives", r)


print(list(mixed()))


# A chain of delegating generators, each adding to the result.
def chain(depth):
    if depth == 0:
        yield "bottom"
        return 0
    got = yield from chain(depth - 1)
    yield "level " + str(depth)
    return got + 1


print(list(chain(5)))


def chain_result(depth):
    total = yield from chain(depth)
    print("depth reached:", total)


print(len(list(chain_result(100))))


# Delegating to a generator that is partly consumed already.
def numbers():
    yield 1
    yield 2
    yield 3
    return "numbers done"


def resume_delegation():
    n = numbers()
    first = next(n)
    print("took", first, "before delegating")
    rest = yield from n
    print("rest returned", rest)
    again = yield from n
    print("exhausted generator returns", again)


print(list(resume_delegation()))


# Flattening nested structures with yield from.
def flatten(items):
    for item in items:
        if item == list(item) if is_list(item) else False:
            yield from flatten(item)
        else:
            yield item


def is_list(x):
    try:
        return list(x) == x
    except TypeError:
        return False


print(list(flatten([1, [2, [3, [4, 5]]], [[6], 7], 8])))


# A generator expression over a delegating generator, and back.
def doubled(it):
    yield from (x * 2 for x in it)


print(list(doubled(outer())))
print(sum(doubled(range(10))))


# yield from inside loops and conditions.
def interleave(a, b):
    ia = iter(a)
    ib = iter(b)
    while True:
        x = next(ia, None)
        y = next(ib, None)
        if x is None and y is None:
            return
        if x is not None:
            yield from [x]
        if y is not None:
            yield from (y,)


print(list(interleave([1, 2, 3], "abcde")))


# The result of a yield from used in an expression.
def add_results():
    total = (yield from numbers()) + "/" + (yield from numbers())
    yield total


print(list(add_results()))
