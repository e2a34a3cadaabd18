f = lambda x, y=1, *, x=2: x
