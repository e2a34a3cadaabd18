def outer():
    x = 1
    def f():
        x: int
        nonlocal x
