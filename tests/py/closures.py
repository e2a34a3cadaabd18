# Closures: cells shared between a function and the functions nested in it.
def counter():
    count = 0

    def increment(step):
        nonlocal count
        count = count + step
        return count

    return increment


c = counter()
print(c(1), c(2), c(10))
d = counter()
print(d(5), c(0))


def make_adder(n):
    def adder(x):
        return x + n
    return adder


add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(100)))


def outer(a):
    def middle(b):
        def inner(c):
            return a * 100 + b * 10 + c
        return inner
    return middle


print(outer(1)(2)(3))
