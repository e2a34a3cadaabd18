def f(b="ääää", a=1, a=2): pass
