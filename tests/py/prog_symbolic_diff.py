# Symbolic algebra with operator overloading: expression trees built from
# Python operators, simplification rules, differentiation (sum, product,
# quotient, power, chain rule for sin/cos/exp/ln), evaluation, and printing
# with minimal parentheses.
class Expr:
    prec = 100

    def __add__(self, o):
        return Add(self, lift(o))

    def __radd__(self, o):
        return Add(lift(o), self)

    def __sub__(self, o):
        return Sub(self, lift(o))

    def __rsub__(self, o):
        return Sub(lift(o), self)

    def __mul__(self, o):
        return Mul(self, lift(o))

    def __rmul__(self, o):
        return Mul(lift(o), self)

    def __truediv__(self, o):
        return Div(self, lift(o))

    def __rtruediv__(self, o):
        return Div(lift(o), self)

    def __pow__(self, o):
        return Pow(self, lift(o))

    def __neg__(self):
        return Mul(Num(-1), self)

    def __eq__(self, o):
        return type(self) is type(o) and self.key() == o.key()

    def __hash__(self):
        return hash((type(self).__name__, self.key()))

    def wrap(self, child, right=False):
        s = str(child)
        if child.prec < self.prec or (right and child.prec == self.prec and not isinstance(self, (Add, Mul))):
            return f"({s})"
        return s


def lift(v):
    return v if isinstance(v, Expr) else Num(v)


class Num(Expr):
    def __init__(self, v):
        self.v = v

    def key(self):
        return self.v

    def __str__(self):
        return str(self.v)

    def ev(self, env):
        return self.v

    def d(self, var):
        return Num(0)

    def simp(self):
        return self


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def key(self):
        return self.name

    def __str__(self):
        return self.name

    def ev(self, env):
        return env[self.name]

    def d(self, var):
        return Num(1 if var == self.name else 0)

    def simp(self):
        return self


class Bin(Expr):
    def __init__(self, a, b):
        self.a, self.b = a, b

    def key(self):
        return (self.a.key(), self.b.key(), type(self.a).__name__, type(self.b).__name__)

    def __str__(self):
        return f"{self.wrap(self.a)} {self.op} {self.wrap(self.b, True)}"


class Add(Bin):
    op, prec = "+", 1

    def ev(self, env):
        return self.a.ev(env) + self.b.ev(env)

    def d(self, v):
        return Add(self.a.d(v), self.b.d(v))

    def simp(self):
        a, b = self.a.simp(), self.b.simp()
        if isinstance(a, Num) and isinstance(b, Num):
            return Num(a.v + b.v)
        if a == Num(0):
            return b
        if b == Num(0):
            return a
        if a == b:
            return Mul(Num(2), a).simp()
        return Add(a, b)


class Sub(Bin):
    op, prec = "-", 1

    def ev(self, env):
        return self.a.ev(env) - self.b.ev(env)

    def d(self, v):
        return Sub(self.a.d(v), self.b.d(v))

    def simp(self):
        a, b = self.a.simp(), self.b.simp()
        if isinstance(a, Num) and isinstance(b, Num):
            return Num(a.v - b.v)
        if b == Num(0):
            return a
        if a == b:
            return Num(0)
        if a == Num(0):
            return Mul(Num(-1), b).simp()
        return Sub(a, b)


class Mul(Bin):
    op, prec = "*", 2

    def ev(self, env):
        return self.a.ev(env) * self.b.ev(env)

    def d(self, v):
        return Add(Mul(self.a.d(v), self.b), Mul(self.a, self.b.d(v)))

    def simp(self):
        a, b = self.a.simp(), self.b.simp()
        if isinstance(a, Num) and isinstance(b, Num):
            return Num(a.v * b.v)
        if Num(0) in (a, b):
            return Num(0)
        if a == Num(1):
            return b
        if b == Num(1):
            return a
        if isinstance(b, Num):
            a, b = b, a
        if isinstance(a, Num) and isinstance(b, Mul) and isinstance(b.a, Num):
            return Mul(Num(a.v * b.a.v), b.b).simp()
        if a == b:
            return Pow(a, Num(2))
        return Mul(a, b)


class Div(Bin):
    op, prec = "/", 2

    def ev(self, env):
        return self.a.ev(env) / self.b.ev(env)

    def d(self, v):
        return Div(Sub(Mul(self.a.d(v), self.b), Mul(self.a, self.b.d(v))), Pow(self.b, Num(2)))

    def simp(self):
        a, b = self.a.simp(), self.b.simp()
        if b == Num(0):
            raise ZeroDivisionError(f"division by zero in {self}")
        if a == Num(0):
            return Num(0)
        if b == Num(1):
            return a
        if a == b:
            return Num(1)
        return Div(a, b)


class Pow(Bin):
    op, prec = "^", 3

    def ev(self, env):
        return self.a.ev(env) ** self.b.ev(env)

    def d(self, v):
        if isinstance(self.b, Num):
            return Mul(Mul(Num(self.b.v), Pow(self.a, Num(self.b.v - 1))), self.a.d(v))
        return Mul(self, Add(Mul(self.b.d(v), Fn("ln", self.a)), Div(Mul(self.b, self.a.d(v)), self.a)))

    def simp(self):
        a, b = self.a.simp(), self.b.simp()
        if b == Num(0):
            return Num(1)
        if b == Num(1):
            return a
        if isinstance(a, Num) and isinstance(b, Num):
            return Num(a.v ** b.v)
        return Pow(a, b)


def taylor_exp(x, terms=30):
    total, term = 0.0, 1.0
    for n in range(1, terms):
        total += term
        term *= x / n
    return total


def taylor_sin(x, terms=20):
    total, term = 0.0, x
    for n in range(terms):
        total += term
        term *= -x * x / ((2 * n + 2) * (2 * n + 3))
    return total


def ln(x):
    # Newton on exp(y) = x
    y = 0.0
    for _ in range(60):
        y -= 1 - x / taylor_exp(y)
    return y


class Fn(Expr):
    prec = 4
    impl = {"sin": taylor_sin, "cos": lambda x: taylor_sin(x + 1.5707963267948966), "exp": taylor_exp, "ln": ln}

    def __init__(self, name, arg):
        self.name, self.arg = name, arg

    def key(self):
        return (self.name, self.arg.key())

    def __str__(self):
        return f"{self.name}({self.arg})"

    def ev(self, env):
        return self.impl[self.name](self.arg.ev(env))

    def d(self, v):
        inner = self.arg.d(v)
        outer = {"sin": lambda a: Fn("cos", a), "cos": lambda a: -Fn("sin", a), "exp": lambda a: Fn("exp", a),
                 "ln": lambda a: Div(Num(1), a)}[self.name](self.arg)
        return Mul(outer, inner)

    def simp(self):
        return Fn(self.name, self.arg.simp())


x, y = Var("x"), Var("y")
exprs = [x * x + 3 * x + 2, (x + 1) / (x - 1), x ** 3 - 2 * x ** 2, Fn("sin", x * x), Fn("exp", 2 * x) * Fn("ln", x),
         x * y + y ** 2, x ** x, 5 - (x - 3), Fn("cos", Fn("sin", x)), (x * 2) * 3]
env = {"x": 1.5, "y": -2.0}
for e in exprs:
    s = e.simp()
    dx = e.d("x").simp()
    h = 1e-6
    numeric = (e.ev({**env, "x": env["x"] + h}) - e.ev({**env, "x": env["x"] - h})) / (2 * h)
    print(f"f = {s}")
    print(f"   f' = {dx}")
    print(f"   f(1.5) = {e.ev(env):.6f}  f'(1.5) = {dx.ev(env):.6f}  numeric ok: {abs(numeric - dx.ev(env)) < 1e-4}")
print((x * y).d("y").simp(), (x * y).d("z").simp(), Add(x, x).simp(), Sub(x, x).simp(), Div(x, x).simp())
print(len({x + 1, x + 1, Num(1) + x}), x + 1 == x + 1, x + 1 == 1 + x)
try:
    Div(x, Num(0)).simp()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(str((x + y) * (x - y)), str(x - (y - x)), str(x / (y * x)), str((x ** y) ** 2), str(-x))
