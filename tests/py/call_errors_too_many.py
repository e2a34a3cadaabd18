def one(a, b=2):
    return a


one(1, 2, 3)
