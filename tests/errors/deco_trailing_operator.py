@a +
def f():
    pass
