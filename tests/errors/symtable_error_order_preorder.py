def f():
    def g():
        nonlocal y
    nonlocal x
