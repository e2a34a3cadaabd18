# Digits of pi and e with big-int arithmetic: Gibbons' unbounded spigot for
# pi, Machin's formula with fixed-point integers, e from its series, the
# square root of 2 by Newton's method on integers, and cross-checks of the
# digit strings produced by the different methods.
def pi_spigot(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, digits))


def arctan_inv(x, one):
    total = term = one // x
    x2, n, sign = x * x, 3, -1
    while term:
        term //= x2
        total += sign * (term // n)
        sign, n = -sign, n + 2
    return total


def pi_machin(n):
    one = 10 ** (n + 10)
    pi = 4 * (4 * arctan_inv(5, one) - arctan_inv(239, one))
    return str(pi // 10 ** 10)[:n]


def e_series(n):
    one = 10 ** (n + 10)
    total, term, k = 0, one, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)[:n]


def sqrt2(n):
    target = 2 * 10 ** (2 * n)
    x = 10 ** n
    while True:
        y = (x + target // x) // 2
        if abs(y - x) <= 1:
            break
        x = y
    while x * x > target:
        x -= 1
    return str(x)[:n]


a, b = pi_spigot(300), pi_machin(300)
print(a[:60])
print(a[60:120])
print("spigot == machin:", a == b, "digit counts:", {d: a.count(d) for d in "0123456789"})
print("e:", e_series(80))
print("sqrt2:", sqrt2(80))
print("feynman point at", a.find("999999"), "first 0 at", a.find("0"))
e = e_series(500)
print("e digits sum", sum(map(int, e)), "e[490:500]", e[490:500])
