def f():
    x = 1
    global a, \
        x
