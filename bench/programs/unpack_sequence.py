# Unpacking: tuple and list unpacking in assignments, swaps, for loops,
# starred targets, nested targets and function returns.

ROUNDS = 450001


def divmod_pair(a, b):
    return a // b, a % b


def rotate(a, b, c, d):
    return b, c, d, a


def stats(values):
    first, *middle, last = values
    return first, len(middle), last


def fib_pairs(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def swaps(t):
    a, b, c, d, e, f, g, h = t
    a, b = b, a
    c, d, e = e, c, d
    f, g, h = h, f, g
    a, h = h, a
    return a, b, c, d, e, f, g, h


def nested(rows):
    total = 0
    for (x, y), (w, h), name in rows:
        total += x * w + y * h + len(name)
    return total


def main():
    t = (1, 2, 3, 4, 5, 6, 7, 8)
    lst = [10, 20, 30, 40]
    rows = [((i, i + 1), (i % 3, i % 5), "r" * (i % 4)) for i in range(20)]
    pairs = [(i, i * i) for i in range(16)]
    acc = 0
    for i in range(ROUNDS):
        a, b, c, d, e, f, g, h = swaps(t)
        t = (b, c, d, e, f, g, h, (a * 3 + i) % 1000)
        w, x, y, z = lst
        lst = [z, w, x, y]
        p, q, r, s = rotate(w, x, y, z)
        quotient, remainder = divmod_pair(i + 7, 5)
        first, count, last = stats(t)
        head, *tail = lst
        *init, end = t
        [m, n], k = (p, q), r
        for key, value in pairs[:4]:
            acc += key * value
        acc += a + h + p - s + quotient + remainder + first + last + count
        acc += head + len(tail) + len(init) + end + m + n + k
        if i % 1000 == 0:
            acc += nested(rows) + fib_pairs(30) % 1000
    print("tuple:", t)
    print("list:", lst)
    print("accumulated:", acc)


main()
