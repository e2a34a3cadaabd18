def f():
    for x in ():
        pass
    else:
        continue
