# An exception raised deep in a chain of delegating generators, consumed by
# a for loop in a function: every frame appears in the traceback.
def leaf(n):
    yield n
    yield n // (n - n)


def branch(n):
    got = yield from leaf(n)
    return got


def root():
    yield "root"
    yield from branch(3)


def consume():
    total = 0
    for item in root():
        print("item", item)
    return total


consume()
