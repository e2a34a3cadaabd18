def f(a, *,):
    pass
