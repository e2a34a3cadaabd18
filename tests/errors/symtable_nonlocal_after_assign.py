def outer():
    x = 1
    def f():
        for x in range(3):
            pass
        nonlocal x
