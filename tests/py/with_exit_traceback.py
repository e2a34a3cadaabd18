class CM:
    def __init__(self, fail):
        self.fail = fail

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if self.fail:
            raise KeyError(self.fail)


def f():
    with CM(None):
        with CM("inner"):
            return [1, 2][5]


def g():
    for i in range(2):
        with (CM(None) as a,
              CM("g") as b):
            break


try:
    g()
except KeyError as e:
    print("caught", repr(e))

with CM("outer"):
    f()
