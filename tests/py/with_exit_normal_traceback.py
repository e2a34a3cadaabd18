class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        return 1 / 0


def f():
    x = 0
    with CM(
    ) as cm:
        x += 1
    return x


f()
