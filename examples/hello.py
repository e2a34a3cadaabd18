"""A small sample program for dxpy."""


def fib(n):
    a, b = 0, 1
    out = []
    while len(out) < n:
        out = out + [a]
        a, b = b, a + b
    return out


def greet(name, times=1):
    return f"Hello, {name}! " * (times - 1) + f"Hello, {name}!"


squares = {n: n * n for n in range(1, 6) if n % 2}
print(greet("world"))
print(f"odd squares: {squares}")
print(f"fib(10) = {fib(10)}")
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(f"caught: {e!r}")
print(f"2 ** 100 = {2 ** 100:,}")
