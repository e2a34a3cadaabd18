@dec arg
def f():
    pass
