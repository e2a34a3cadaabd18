# int, bool and float methods and attributes, int and float subclasses.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for n in (0, 1, -1, 255, -256, 2 ** 64, -(2 ** 100) + 1, True, False):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator,
          n.denominator, n.__trunc__(), n.__floor__(), n.__ceil__(), n.__index__(), n.__getnewargs__(),
          n.__sizeof__(), n.__round__(), type(n.real).__name__)
for n, nd in ((1234, -2), (1250, -2), (1350, -2), (-1250, -2), (-1350, -2), (15, -1), (25, -1), (5, 2), (5, 0),
              (2 ** 70 + 5, -1), (999, -3), (500, -3), (1500, -3)):
    print(n, nd, round(n, nd), n.__round__(nd))
print(round(7, None), type(round(True, None)).__name__)
check("int round None", lambda: (7).__round__(None))
check("round str", lambda: (5).__round__("x"))
check("round two", lambda: (5).__round__(1, 2))
check("round float nd", lambda: round(5, 1.0))
for spec in ("", "d", "5", "<5", "^7", "+", "x", "#X", "#o", "b", "08b", ",", "_x", "e", ".2f", "%", "c", "n"):
    print(repr(spec), repr((1234).__format__(spec)), repr((-42).__format__(spec)) if spec != "c" else "",
          repr(True.__format__(spec)))
check("format s", lambda: (5).__format__("s"))
check("format type", lambda: (5).__format__(5))
check("format c big", lambda: (2 ** 40).__format__("c"))
print(f"{255:#x} {255:08b} {1234567:,} {-5:+d} {True} {True:d} {3:.1f}")

for x in (0.0, -0.0, 1.5, -2.5, 0.1, 1e300, 3.0, -7.0, 1 / 3):
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex(), x.conjugate(), x.real, x.imag, x.__trunc__(),
          x.__floor__(), x.__ceil__(), x.__round__(), x.__round__(1), x.__getnewargs__())
for bad in (float("inf"), float("-inf"), float("nan")):
    check("ratio", lambda: bad.as_integer_ratio())
    check("floor", lambda: bad.__floor__())
    check("round", lambda: round(bad))
    print(bad.hex(), bad.is_integer(), round(bad, 2))
for x, nd in ((2.675, 2), (1.005, 2), (12345.678, -2), (0.5, 0), (1.5, 0), (2.5, None), (-0.5, None), (1e-300, 5),
              (123.456, 400), (123.456, -400), (5e-324, 330), (1.2345, 2 ** 70), (1.2345, -(2 ** 70))):
    print(x, nd, round(x, nd))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("inf"), float.fromhex("  0x10  "))
check("fromhex bad", lambda: float.fromhex("0x1.g"))
check("fromhex int", lambda: float.fromhex(5))
check("fromhex huge", lambda: float.fromhex("0x1p99999"))
print(float.__getformat__("double"), float.__getformat__("float"))
check("getformat bad", lambda: float.__getformat__("int"))
check("getformat int", lambda: float.__getformat__(1))
for spec in ("", ".3f", "e", "10.2f", "<10", "+g", "%", ".0f", "#.0f", ",.2f", "z.1f"):
    print(repr(spec), repr((1234.5678).__format__(spec)), repr((-0.0001).__format__(spec)))
check("float format d", lambda: (1.5).__format__("d"))
check("round float str", lambda: round(1.5, "2"))

check("int()", lambda: int())
check("int str", lambda: int("  -42  "))
check("int base", lambda: int("ff", 16))
check("int base kw", lambda: int("0b101", base=0))
check("int base only", lambda: int(base=10))
check("int bad kw", lambda: int(x=1))
check("int three", lambda: int(1, 2, 3))
check("int base float", lambda: int("1", 2.0))
check("int base range", lambda: int("1", 99))
check("int nonstr base", lambda: int(5, 10))
check("int float", lambda: int(-3.99))
check("int inf", lambda: int(float("inf")))
check("int list", lambda: int([]))
check("int bad literal", lambda: int("12a"))
check("float()", lambda: float())
check("float str", lambda: float(" 1_000.5 "))
check("float int", lambda: float(2 ** 60))
check("float big int", lambda: float(2 ** 2000))
check("float kw", lambda: float(x=1))
check("float two", lambda: float(1, 2))
check("float list", lambda: float([]))
check("float bad", lambda: float("1.5x"))
check("bool kw", lambda: bool(x=1))
check("bool two", lambda: bool(1, 2))
print(bool(), bool([]), bool([0]), bool(0.0), bool(""), True & True, True | False, True ^ True, True & 3,
      ~True, -True, True + True, True * 2.5, repr(True), str(False))
print(int.__dict__["real"], (5).__float__(), (2 ** 70).__float__(), int.__int__(True), type(int.__int__(True)).__name__)


class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
    def double(self):
        return MyInt(self * 2)

a = MyInt(21)
a.tag = "answer"
print(a, a.double(), a + 1, type(a + 1).__name__, a == 21, a < 22, hash(a) == hash(21), a.tag, a.__dict__)
print(MyInt(), MyInt("ff", 16), MyInt(-5), MyInt(2 ** 100), MyInt(3.9), MyInt(True), MyInt(a) is a)
print(a.bit_length(), a.real, type(a.real).__name__, a.conjugate(), type(a.conjugate()).__name__, int(a),
      type(int(a)).__name__, [0, 1, 2, 3][MyInt(2)], abs(MyInt(-3)), -a, ~a, a // 4, a % 4, a ** 2, a / 2)
print(str(a), f"{a}", f"{a:x}", float(a), divmod(a, 5), round(a, -1), type(round(a)).__name__, bin(a), hex(a))


class Flag(int):
    def __new__(cls, value, name):
        self = super().__new__(cls, value)
        self.name = name
        return self

f = Flag(4, "four")
print(f, f.name, f | 1, f & 4, f << 2, isinstance(f, int), isinstance(f, Flag), issubclass(Flag, int))


class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
    def to_km(self):
        return Meters(self / 1000)

m = Meters(1500)
m.label = "run"
print(m, m.to_km(), m + 1, type(m + 1).__name__, m * 2, m.label, m.is_integer(), m.hex(), m.real,
      type(m.real).__name__, round(m), Meters("2.5"), Meters(), float(m), type(float(m)).__name__)
print(m == 1500.0, m < 2000, 2000 > m, hash(m) == hash(1500.0), int(m), -m, abs(Meters(-3)), m // 7, m % 7)
print(Meters.fromhex("0x1p4"), type(Meters.fromhex("0x1p4")).__name__, f"{m:.1f}", str(m))


class Num:
    def __index__(self):
        return 7

class Flo:
    def __float__(self):
        return 2.5

class BadFlo:
    def __float__(self):
        return "x"

class BadInt:
    def __int__(self):
        return 1.5


print(int(Num()), float(Num()), float(Flo()), [0] * 8 and [0, 1, 2, 3, 4, 5, 6, 7][Num()])
check("bad float", lambda: float(BadFlo()))
check("bad int", lambda: int(BadInt()))
