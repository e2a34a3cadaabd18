# Polynomials with integer and rational coefficients: a Poly class with
# +, -, *, divmod (long division), ==, evaluation by Horner's rule, the
# derivative, composition, gcd by the Euclidean algorithm, rational root
# search, and a pretty printer with superscripts.
SUPER = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Q:
    """A minimal rational for coefficients."""

    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    def __add__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return self + Q(-o.n, o.d)

    def __mul__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.d, self.d * o.n)

    def __eq__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return self.n == o.n and self.d == o.d

    def __hash__(self):
        return hash((self.n, self.d))

    def __bool__(self):
        return self.n != 0

    def __repr__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"


class Poly:
    def __init__(self, coeffs):
        coeffs = [c if isinstance(c, Q) else Q(c) for c in coeffs]
        while len(coeffs) > 1 and not coeffs[-1]:
            coeffs.pop()
        self.c = coeffs or [Q(0)]

    @property
    def degree(self):
        return -1 if len(self.c) == 1 and not self.c[0] else len(self.c) - 1

    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else Q(0)) + (o.c[i] if i < len(o.c) else Q(0)) for i in range(n)])

    def __neg__(self):
        return Poly([Q(-x.n, x.d) for x in self.c])

    def __sub__(self, o):
        return self + -o

    def __mul__(self, o):
        if isinstance(o, (int, Q)):
            o = Poly([o])
        out = [Q(0)] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] = out[i + j] + a * b
        return Poly(out)

    __rmul__ = __mul__

    def __divmod__(self, o):
        if o.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = self.c[:]
        quot = [Q(0)] * max(len(self.c) - len(o.c) + 1, 1)
        while len(rem) >= len(o.c) and any(rem):
            shift = len(rem) - len(o.c)
            factor = rem[-1] / o.c[-1]
            quot[shift] = factor
            for i, b in enumerate(o.c):
                rem[i + shift] = rem[i + shift] - factor * b
            rem.pop()
        return Poly(quot), Poly(rem)

    def __floordiv__(self, o):
        return divmod(self, o)[0]

    def __mod__(self, o):
        return divmod(self, o)[1]

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __call__(self, x):
        acc = Q(0)
        for coef in reversed(self.c):
            acc = acc * x + coef
        return acc

    def derivative(self):
        return Poly([c * i for i, c in enumerate(self.c)][1:] or [0])

    def compose(self, other):
        result = Poly([0])
        for coef in reversed(self.c):
            result = result * other + Poly([coef])
        return result

    def monic(self):
        lead = self.c[-1]
        return Poly([x / lead for x in self.c])

    def __str__(self):
        if self.degree < 0:
            return "0"
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            coef = self.c[i]
            if not coef:
                continue
            sign = "-" if coef.n < 0 else "+"
            mag = Q(abs(coef.n), coef.d)
            body = "" if (mag == 1 and i) else repr(mag)
            if i:
                body += "x" + (str(i).translate(SUPER) if i > 1 else "")
            terms.append((sign, body))
        first_sign, first = terms[0]
        return ("-" if first_sign == "-" else "") + first + "".join(f" {s} {b}" for s, b in terms[1:])


def poly_gcd(a, b):
    while b.degree >= 0:
        a, b = b, a % b
    return a.monic()


def divisors(n):
    n = abs(n)
    return [d for d in range(1, n + 1) if n % d == 0] if n else [1]


def rational_roots(p):
    ints = [x.n * (p.c[0].d and 1) for x in p.c]
    lead, const = p.c[-1].n, p.c[0].n
    if const == 0:
        return [Q(0)] + rational_roots(Poly(p.c[1:]))
    roots = set()
    for num in divisors(const):
        for den in divisors(lead):
            for sign in (1, -1):
                r = Q(sign * num, den)
                if not p(r):
                    roots.add(r)
    return sorted(roots, key=lambda q: q.n / q.d)


p = Poly([-6, 11, -6, 1])
q = Poly([1, 1])
print("p =", p, "| q =", q, "| deg", p.degree, Poly([0]).degree)
print("p + q =", p + q, "| p - q =", p - q, "| p * q =", p * q)
quo, rem = divmod(p, Poly([-1, 1]))
print("p / (x - 1) =", quo, "rem", rem)
quo, rem = divmod(Poly([1, 0, 0, 1]), Poly([1, 2]))
print("(x³ + 1) / (2x + 1) =", quo, "rem", rem)
print("p(0..4) =", [p(x) for x in range(5)], "p(1/2) =", p(Q(1, 2)))
print("p' =", p.derivative(), "| p'' =", p.derivative().derivative())
print("p(q(x)) =", p.compose(q))
a = Poly([-1, 0, 1]) * Poly([2, 1])
b = Poly([-1, 1]) * Poly([3, 1])
print("gcd(", a, ",", b, ") =", poly_gcd(a, b))
print("roots of p:", rational_roots(p))
print("roots of 6x³ - 5x² - 2x + 1:", rational_roots(Poly([1, -2, -5, 6])))
print("roots of x⁴ - x²:", rational_roots(Poly([0, 0, -1, 0, 1])))
print((Poly([1, 1]) * Poly([1, 1]) * Poly([1, 1])).c)
try:
    divmod(p, Poly([0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(Poly([Q(1, 2), Q(-3, 4), 2]), "|", Poly([0, -1]), "|", 3 * Poly([1, 2]))
