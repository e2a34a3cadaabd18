# Number theory with big integers: a sieve, Miller-Rabin with fixed
# witnesses, Pollard's rho factorization, extended Euclid and modular
# inverses, the Chinese remainder theorem, Fibonacci by fast doubling,
# factorials and binomials, integer square roots, and RSA on small primes.
def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]


primes = sieve(200)
print(len(primes), primes[-5:], sum(sieve(100000)))


def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


print([n for n in range(90, 130) if is_prime(n)], is_prime(2 ** 61 - 1), is_prime(2 ** 67 - 1), is_prime(561))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def pollard_rho(n):
    if n % 2 == 0:
        return 2
    for c in range(1, 50):
        x = y = 2
        d = 1
        while d == 1:
            x = (x * x + c) % n
            y = (y * y + c) % n
            y = (y * y + c) % n
            d = gcd(abs(x - y), n)
        if d != n:
            return d
    return n


def factor(n):
    if n == 1:
        return []
    if is_prime(n):
        return [n]
    d = pollard_rho(n)
    return sorted(factor(d) + factor(n // d))


for n in [360, 2 ** 32 + 1, 600851475143, 10 ** 18 + 9, 2 ** 67 - 1, 1234567891011121314151617]:
    f = factor(n)
    prod = 1
    for p in f:
        prod *= p
    print(n, f, prod == n)


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m


print(egcd(240, 46), modinv(3, 11), modinv(10, 17), pow(10, -1, 17))
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)


def crt(remainders, moduli):
    x, m = 0, 1
    for r, mi in zip(remainders, moduli):
        g, p, _ = egcd(m, mi)
        if (r - x) % g:
            return None
        x += m * ((r - x) // g * p % (mi // g))
        m = m // g * mi
        x %= m
    return x, m


print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2], [4, 6]), crt([3, 5], [4, 6]))


def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)


print([fib_pair(n)[0] for n in range(15)], len(str(fib_pair(10000)[0])), fib_pair(300)[0] % 10 ** 10)


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def binom(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))


print(factorial(30), len(str(factorial(1000))), binom(100, 50), sum(int(d) for d in str(factorial(100))))


def isqrt(n):
    if n < 0:
        raise ValueError("isqrt of negative")
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


print(isqrt(10 ** 40), isqrt(2 * 10 ** 30), isqrt(99), isqrt(0) if False else isqrt(1))
p, q = 1000000007, 998244353
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
message = int.from_bytes(b"hi dx-py", "big")
cipher = pow(message, e, n)
plain = pow(cipher, d, n)
print(n, d, cipher, plain.to_bytes(8, "big"))
