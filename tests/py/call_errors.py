def two(a, b):
    return a


print(two(1, 2))
two(1)
