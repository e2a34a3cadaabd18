# Exact linear algebra: a Rational class (normalized, hashable, ordered,
# mixed arithmetic with int, conversion to float and str), a Matrix class
# over rationals with multiplication, transpose, determinant, inverse by
# Gauss-Jordan elimination, rank, and solving a linear system.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Rational:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if isinstance(num, Rational):
            num, den = num.num * den if False else num.num, num.den * den
        if den == 0:
            raise ZeroDivisionError("Rational denominator is zero")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Rational) else Rational(x)

    def __add__(self, o):
        if not isinstance(o, (int, Rational)):
            return NotImplemented
        o = Rational.of(o)
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __sub__(self, o):
        return self + -Rational.of(o)

    def __rsub__(self, o):
        return Rational.of(o) - self

    def __mul__(self, o):
        if not isinstance(o, (int, Rational)):
            return NotImplemented
        o = Rational.of(o)
        return Rational(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return Rational.of(o) / self

    def __pow__(self, n):
        return Rational(self.num ** n, self.den ** n) if n >= 0 else Rational(self.den ** -n, self.num ** -n)

    def __eq__(self, o):
        if isinstance(o, int):
            return self.den == 1 and self.num == o
        return isinstance(o, Rational) and (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = Rational.of(o)
        return self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __bool__(self):
        return self.num != 0

    def __abs__(self):
        return Rational(abs(self.num), self.den)

    def __repr__(self):
        return f"Rational({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


class Matrix:
    def __init__(self, rows):
        self.rows = [[Rational.of(v) for v in row] for row in rows]
        self.n, self.m = len(self.rows), len(self.rows[0]) if rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {o.n}x{o.m}")
        return Matrix([[sum((self.rows[i][k] * o.rows[k][j] for k in range(self.m)), Rational(0))
                        for j in range(o.m)] for i in range(self.n)])

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def __eq__(self, o):
        return self.rows == o.rows

    def _eliminate(self, augment=None):
        a = [row[:] + (augment.rows[i][:] if augment else []) for i, row in enumerate(self.rows)]
        det, rank, pivot_row = Rational(1), 0, 0
        for col in range(self.m):
            pivot = next((r for r in range(pivot_row, self.n) if a[r][col]), None)
            if pivot is None:
                det = Rational(0)
                continue
            if pivot != pivot_row:
                a[pivot], a[pivot_row] = a[pivot_row], a[pivot]
                det = -det
            p = a[pivot_row][col]
            det = det * p
            a[pivot_row] = [v / p for v in a[pivot_row]]
            for r in range(self.n):
                if r != pivot_row and a[r][col]:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[pivot_row])]
            pivot_row += 1
            rank += 1
        return a, det, rank

    def det(self):
        return self._eliminate()[1] if self.n == self.m else None

    def rank(self):
        return self._eliminate()[2]

    def inverse(self):
        a, det, rank = self._eliminate(Matrix.identity(self.n))
        if rank < self.n:
            raise ValueError("matrix is singular")
        return Matrix([row[self.n:] for row in a])

    def solve(self, b):
        return [row[0] for row in (self.inverse() @ Matrix([[v] for v in b])).rows]

    def __str__(self):
        cells = [[str(v) for v in row] for row in self.rows]
        w = max(len(c) for row in cells for c in row)
        return "\n".join("[" + " ".join(c.rjust(w) for c in row) + "]" for row in cells)


h = Rational(1, 2)
t = Rational(1, 3)
print(h + t, h - t, h * t, h / t, h ** 3, t ** -2, 1 - h, 2 / t, h + 1, -h, abs(-t))
print(h == Rational(2, 4), h < t, t <= h, sorted([h, t, Rational(-1, 5), Rational(3)]), float(t), bool(Rational(0)))
print({Rational(2, 1): "two"}[2], Rational(6, -4), str(Rational(10, 5)), repr(Rational(0, 7)))
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h + 0.5
except TypeError as e:
    print("TypeError:", e)
A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
print(A)
print("det", A.det(), "rank", A.rank())
inv = A.inverse()
print(inv)
print(A @ inv == Matrix.identity(3), inv @ A == Matrix.identity(3))
print("solution", [str(x) for x in A.solve([4, 5, 6])])
H = Matrix([[Rational(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert det", H.det())
print(H.inverse())
S = Matrix([[1, 2, 3], [2, 4, 6], [1, 1, 1]])
print("singular det", S.det(), "rank", S.rank())
try:
    S.inverse()
except ValueError as e:
    print("ValueError:", e)
try:
    A @ Matrix([[1, 2]])
except ValueError as e:
    print("ValueError:", e)
print(Matrix([[1, 2, 3]]).transpose())
