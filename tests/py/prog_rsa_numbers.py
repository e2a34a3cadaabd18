# Number theory with big ints: deterministic Miller-Rabin, prime generation
# from an LCG, extended Euclid, modular inverse, RSA keygen / encrypt /
# decrypt / sign round trips, CRT decryption, and integer square roots.
def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
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


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, bits):
        out = 0
        for _ in range((bits + 30) // 31):
            self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
            out = (out << 31) | (self.state >> 33)
        return out & ((1 << bits) - 1)


def gen_prime(rng, bits):
    while True:
        c = rng.next(bits) | (1 << (bits - 1)) | 1
        if is_probable_prime(c):
            return c


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


def isqrt(n):
    if n < 0:
        raise ValueError("isqrt of a negative number")
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


print([p for p in range(100) if is_probable_prime(p)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 67 - 1), is_probable_prime(561), is_probable_prime(10 ** 18 + 9))
rng = LCG(2024)
p, q = gen_prime(rng, 256), gen_prime(rng, 256)
n, phi, e = p * q, (p - 1) * (q - 1), 65537
d = modinv(e, phi)
print("n bits", n.bit_length(), "p mod 1000", p % 1000, "q mod 1000", q % 1000, "e*d % phi", e * d % phi)
messages = [42, 2 ** 200 + 7, int.from_bytes(b"attack at dawn", "big")]
for m in messages:
    c = pow(m, e, n)
    back = pow(c, d, n)
    dp, dq, qinv = d % (p - 1), d % (q - 1), modinv(q, p)
    m1, m2 = pow(c, dp, p), pow(c, dq, q)
    h = qinv * (m1 - m2) % p
    crt = m2 + h * q
    sig = pow(m, d, n)
    print(back == m, crt == m, pow(sig, e, n) == m, str(c)[:20])
print(back.to_bytes((back.bit_length() + 7) // 8, "big"))
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)
print(egcd(240, 46), modinv(3, 11), modinv(10, 17))
for v in (0, 1, 15, 16, 17, 10 ** 40, 2 ** 201 - 1):
    r = isqrt(v)
    print(v if v < 10 ** 6 else f"<{v.bit_length()} bits>", r if r < 10 ** 6 else r % 10 ** 6, r * r <= v < (r + 1) ** 2)
try:
    isqrt(-4)
except ValueError as e:
    print("ValueError:", e)


def factor(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out.append(n)
    return out


for v in (360, 9973, 2 ** 32 + 1, 600851475143, 1234567890):
    print(v, factor(v))


def pollard_rho(n):
    if n % 2 == 0:
        return 2
    for c in range(1, 20):
        x = y = 2
        dd = 1
        while dd == 1:
            x = (x * x + c) % n
            y = (y * y + c) % n
            y = (y * y + c) % n
            a, b = abs(x - y), n
            while b:
                a, b = b, a % b
            dd = a
        if dd != n:
            return dd
    return n


semi = 1000000007 * 998244353
f1 = pollard_rho(semi)
print(sorted([f1, semi // f1]))
