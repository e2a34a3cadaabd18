def f():
    if x:
        return (]
