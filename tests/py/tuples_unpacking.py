# Tuples: displays, unpacking, swapping, nesting, indexing.
t = (1, 2, 3)
print(t, (), (5,), (1, (2, 3)), len(t))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
(x, y), z = (10, 20), 30
print(x, y, z)
print(t[0], t[-1], t[1])
for first, second in ((1, 2), (3, 4)):
    print(first + second)
