print("before")


@undefined_decorator
def f():
    pass
