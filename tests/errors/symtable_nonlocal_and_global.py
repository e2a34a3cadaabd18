def outer():
    x = 1
    def f():
        global a, b, x; nonlocal c, x
