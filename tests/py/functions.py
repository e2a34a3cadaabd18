# Functions: positional parameters, defaults, returns, recursion, nested calls.
def add(a, b):
    return a + b


def power(base, exp=2):
    return base ** exp


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n):
    result = 1
    while n > 1:
        result = result * n
        n = n - 1
    return result


print(add(2, 3), power(5), power(2, 10))
print(fib(20))
print(fact(30))
print(add(power(3), fib(10)))


def nothing():
    pass


print(nothing())
