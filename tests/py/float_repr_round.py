# float corners: shortest repr, round() half-to-even and ndigits, float.hex /
# fromhex, as_integer_ratio, is_integer, inf/nan arithmetic and comparisons,
# float() parsing, //, % and divmod signs, and the error messages.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e23, 1.5e-7, 123456789012345678.0, 5e-324, 1.7976931348623157e308,
        -0.0, 100.0, 1e16, 1e15, 12345.678, 0.000123]
for v in vals:
    print(repr(v), str(v), v.hex(), float.fromhex(v.hex()) == v)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), type(round(2.5)))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-2.5, 0), round(1234.5678, -2))
print(round(1e300, 2), round(5e-324, 5), round(123.456, 400), round(123.456, -400))
for v in (float("inf"), float("nan")):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(round(float("inf"), 2), round(float("nan"), 1))
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e20).as_integer_ratio(), (0.1).as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print((3.0).is_integer(), (3.5).is_integer(), float("inf").is_integer())
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, nan > 0, nan < 0, nan != nan, inf == inf)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** -1075)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-8.0) ** 0.5 + 0
    print("complex result", type((-8.0) ** 0.5).__name__)
except ValueError as e:
    print("ValueError:", e)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), divmod(7, 2.5), -0.0 % 5, 0.0 % -5)
print(5.0 // 0.1, 5.0 % 0.1, 1e300 % 3.0)
for expr in ("1.0 / 0", "1.0 // 0.0", "1.0 % 0.0", "divmod(1.0, 0)", "0.0 ** -1"):
    try:
        print(eval(expr))
    except ZeroDivisionError as e:
        print(expr, "-> ZeroDivisionError:", e)
for s in ("1.5", "  -2.25e3 ", "inf", "-Infinity", "nan", "+NaN", "1_000.5", "1e-3", ".5", "5.", "0x1p3", "1e500",
          "-1e500", "1__0", "", "1.2.3", "e5", "infinity and beyond", "١٫٥" if False else "٣.5"):
    try:
        print(repr(s), "->", float(s))
    except ValueError as e:
        print(repr(s), "-> ValueError:", e)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("inf"), float(" 12 "), float(b"3.5"))
try:
    float.fromhex("0x1.8q")
except ValueError as e:
    print("ValueError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
print(float(10 ** 20), float(True), float(-(2 ** 63)), int(1e19), 1e19 == 10 ** 19, 2 ** 63 == 2.0 ** 63)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15, 3 * 0.1, 1.1 * 1.1, 1e-7 * 3, 9.95 * 10)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, max(1.0, nan), max(nan, 1.0), min([3.5, -inf, 2]))
print(sorted([3.5, -0.0, 0.0, -1e-300, 1e-300, 2]), -0.0 == 0.0, str(-0.0), repr(abs(-0.0)))
print(hash(1.0) == hash(1), hash(-0.0) == hash(0.0), hash(2.5) == hash(2.5), hash(inf), hash(-inf))
print(f"{1e-5}", f"{1e16}", f"{123456789.123456789}", str(1.0e-4), str(0.0001), 1e-4 == 0.0001)
print((1.5).__trunc__(), (-1.5).__floor__(), (-1.5).__ceil__(), (2.5).__round__(), (2.567).__round__(1))
print(float.__getformat__("double"), (1.0).real, (1.0).imag, (2.5).conjugate())
