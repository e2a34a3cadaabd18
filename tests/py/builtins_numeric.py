# abs, divmod, pow, round, bin, oct, hex with CPython's results and errors.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(abs(-5), abs(5), abs(-2.5), abs(True), abs(-(2 ** 80)), abs(-0.0), abs(float("-inf")))
check("abs str", lambda: abs("x"))
check("abs none", lambda: abs())
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 7), divmod(True, 2))
check("divmod zero", lambda: divmod(1, 0))
check("divmod float zero", lambda: divmod(1.0, 0))
check("divmod str", lambda: divmod("a", 1))
check("divmod one", lambda: divmod(1))
print(pow(2, 10), pow(2, -2), pow(2.0, 0.5), pow(-8, 1 / 3) if False else "", pow(3, 4, 5), pow(3, -1, 7), pow(2, 100, 10 ** 9))
print(pow(base=2, exp=8), pow(2, exp=3), pow(5, 0, 1), pow(-3, 3, 7), pow(0, 0))
check("pow zero neg", lambda: pow(0, -1))
check("pow mod zero", lambda: pow(2, 3, 0))
check("pow no inverse", lambda: pow(2, -1, 4))
check("pow float mod", lambda: pow(2.0, 3, 5))
check("pow str", lambda: pow("a", 2))
check("pow str mod", lambda: pow(2, 3, "x"))
check("pow one arg", lambda: pow(2))
check("pow kw", lambda: pow(2, 3, modulo=5))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(7), round(7, 1), round(15, -1))
print(round(number=2.5), round(1.2345, ndigits=3), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
check("round str", lambda: round("x"))
check("round none", lambda: round())
check("round list nd", lambda: round(1.5, []))
check("round inf", lambda: round(float("inf")))


class R:
    def __round__(self, n=None):
        return ("rounded", n)

print(round(R()), round(R(), 3), round(R(), None))
for n in (0, 1, 10, -10, 255, 2 ** 70, -(2 ** 65), True):
    print(n, bin(n), oct(n), hex(n))


class I:
    def __index__(self):
        return 42

print(bin(I()), oct(I()), hex(I()))
check("bin float", lambda: bin(1.5))
check("hex str", lambda: hex("10"))
check("oct none", lambda: oct(None))
