# An exception escaping a generator pipeline: the traceback shows the consumer
# line and each generator frame.
def numbers():
    yield from [4, 2, 0, 5]


def inverted(src):
    for n in src:
        yield 100 // n


def labelled(src):
    for i, v in enumerate(src):
        yield f"{i}:{v}"


for item in labelled(inverted(numbers())):
    print(item)
