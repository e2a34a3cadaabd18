class OnlyEnter:
    def __enter__(self):
        return self


def use(cm):
    with cm as x:
        print(x)


use(OnlyEnter())
