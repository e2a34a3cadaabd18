# Numeric special methods: every binary operator with its reflected and
# in-place forms, unary operators, conversions (__int__, __float__,
# __complex__, __index__, __round__, __trunc__) and the error messages when
# an operand does not support an operator.
class Tracer:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "and",
       "xor", "or"]


def make_method(kind, op):
    def method(self, other, *extra):
        return f"{self.name}.__{kind}{op}__({other!r}{', ' + repr(extra[0]) if extra else ''})"
    return method


for op in ops:
    setattr(Tracer, f"__{op}__", make_method("", op))
    setattr(Tracer, f"__r{op}__", make_method("r", op))
    if op != "divmod":
        setattr(Tracer, f"__i{op}__", make_method("i", op))

t = Tracer("t")
print(t + 1, t - 1, t * 1, t @ 1, t / 1, t // 1, t % 1, divmod(t, 1), t ** 1, t << 1, t >> 1, t & 1, t ^ 1, t | 1,
      sep="\n")
print(1 + t, 1 - t, 1 * t, 1 @ t, 1 / t, 1 // t, 1 % t, divmod(1, t), 1 ** t, 1 << t, 1 >> t, 1 & t, 1 ^ t, 1 | t,
      sep="\n")
print(pow(t, 2, 5), pow(t, 2))
for expr in ["x += 1", "x -= 1", "x *= 1", "x @= 1", "x /= 1", "x //= 1", "x %= 1", "x **= 1", "x <<= 1", "x >>= 1",
             "x &= 1", "x ^= 1", "x |= 1"]:
    ns = {"x": t}
    exec(expr, ns)
    print(expr, "->", ns["x"])


class Unary:
    def __neg__(self):
        return "neg"

    def __pos__(self):
        return "pos"

    def __abs__(self):
        return "abs"

    def __invert__(self):
        return "invert"

    def __int__(self):
        return 42

    def __float__(self):
        return 2.5

    def __complex__(self):
        return 1 + 2j

    def __index__(self):
        return 7

    def __round__(self, ndigits=None):
        return f"round({ndigits})"

    def __trunc__(self):
        return 3


u = Unary()
print(-u, +u, abs(u), ~u, int(u), float(u), complex(u), round(u), round(u, 2))
print(bin(u), oct(u), hex(u), [10, 20, 30, 40, 50, 60, 70, 80][u], "abcdefghij"[u], range(10)[u], list(range(u)))
print("xy" * Unary(), [0] * Unary(), 2 ** Unary() if False else "skip")


class OnlyIndex:
    def __index__(self):
        return 5


oi = OnlyIndex()
print(int(oi), float.__new__(float, 3) if False else "", complex(1, 0) + 0, bin(oi), "%d" % oi, "%x" % oi)
try:
    float(oi)
    print("float ok", float(oi))
except TypeError as e:
    print("TypeError:", e)


class OnlyTrunc:
    def __trunc__(self):
        return 9


try:
    print(int(OnlyTrunc()))
except TypeError as e:
    print("TypeError:", e)


class Empty:
    pass


e = Empty()
for expr in ["e + 1", "1 + e", "e - e", "e * 'a'", "e @ e", "e / 2", "e // 2", "e % 2", "divmod(e, 2)", "e ** 2",
             "pow(e, 2, 3)", "e << 1", "e >> 1", "e & 1", "e | 1", "e ^ 1", "-e", "+e", "~e", "abs(e)", "int(e)",
             "float(e)", "complex(e)", "round(e)", "[1][e]", "'a' * e", "[1] * 1.5", "'a' + 1", "1 + 'a'",
             "[] + ()", "() + []", "None + None", "{} | []", "e < e", "2 ** 'x'", "b'x' + 'y'", "1 @ 2"]:
    try:
        eval(expr)
    except TypeError as err:
        print(f"{expr:>14}: {err}")

ns = {"e": Empty()}
for stmt in ["e += 1", "e -= 1", "e *= 1", "e @= 1", "e /= 1", "e //= 1", "e %= 1", "e **= 1", "e <<= 1",
             "e >>= 1", "e &= 1", "e ^= 1", "e |= 1"]:
    try:
        exec(stmt, ns)
    except TypeError as err:
        print(f"{stmt:>9}: {err}")


class BadInt:
    def __int__(self):
        return "x"


class BadFloat:
    def __float__(self):
        return 1


class BadIndex:
    def __index__(self):
        return 1.0


class BadComplex:
    def __complex__(self):
        return 3


for fn, obj in ((int, BadInt()), (float, BadFloat()), (complex, BadComplex()), (bin, BadIndex()),
                (lambda o: [1, 2][o], BadIndex())):
    try:
        fn(obj)
    except TypeError as err:
        print("TypeError:", err)


class Reflect:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, int):
            return Reflect(self.v + other)
        return NotImplemented

    __radd__ = __add__

    def __repr__(self):
        return f"Reflect({self.v})"


print(sum([Reflect(1), Reflect(2)] if False else [1, 2, 3], Reflect(10)), 5 + Reflect(1), Reflect(1) + 5)
try:
    Reflect(1) + Reflect(2)
except TypeError as err:
    print("TypeError:", err)
class S(int): pass
class A:
    def __int__(self): return S(3)
class B:
    def __index__(self): return S(4)
class T:
    def __trunc__(self): return S(5)
print(int(A()), int(B()), int(T()), type(int(A())).__name__)
print(type(None).__new__(type(None)), type(...)(), NotImplemented.__class__())
try: type(...)(x=1)
except TypeError as e: print(e)
