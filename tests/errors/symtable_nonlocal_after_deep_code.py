def f():
    if x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    elif x:
        pass
    nonlocal z
