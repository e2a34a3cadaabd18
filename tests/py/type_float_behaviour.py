# float: repr (shortest round-trip), construction from strings (spaces,
# underscores, inf/nan spellings) and its errors, methods (hex, fromhex,
# is_integer, as_integer_ratio), rounding (round half even, ndigits),
# comparisons with ints, overflow and division errors.
for v in [0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e22, 1.5e-7, 123456789012345678.0, 5e-324, 1.7976931348623157e308,
          -0.0, 100.0, 1e-4, 1e-5, 0.1 + 0.7, 9007199254740993.0, 3.0e15, 1234.5678e10]:
    print(repr(v), str(v), v.hex())
for text in ["1.5", "  -2.5e3  ", "1_000.5", "inf", "-Infinity", "nAn", "+inf", "1e500", "-1e500", "0x1p3" if False else "1e-400",
             ".5", "5.", "١.٥"]:
    print(f"float({text!r}) = {float(text)!r}")
for text in ["", "1.5.2", "1__0", "_1", "0x10", "inf inf", "1e", "e5", "- 1", "1,5", "nanx"]:
    try:
        float(text)
    except ValueError as e:
        print("ValueError:", e)
for arg in [None, [], "1", b"2.5", bytearray(b"3"), 10**400]:
    try:
        print(float(arg))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("inf"), (3.5).hex(), (0.0).hex())
for bad in ["0x1p99999", "zz", "0x.p1"]:
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print((2.0).is_integer(), (2.5).is_integer(), (0.75).as_integer_ratio(), (-0.1).as_integer_ratio(), (1e20).as_integer_ratio())
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print([round(x) for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675]], round(2.675, 2), round(1.005, 2), round(-1.25, 1))
print(round(123.456, -1), round(123.456, -2), round(1e300, -300), round(0.5, 0), round(5.0, 400), round(1.23456, 10))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(float("inf"), 2), round(float("nan"), 1))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(1 == 1.0, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 10**400 > 1e308, -10**400 < float("-inf"), 1 < float("nan"))
print(0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** 0.5, (-8.0) ** (1 / 3))
for expr in ["1.0 / 0", "1.0 // 0.0", "1.0 % 0", "divmod(1.0, 0)", "0.0 ** -1", "2.0 ** 10000", "10.0 ** 400",
             "(-1.5) ** 0.5", "float('inf') - float('inf')", "1e308 + 1e308"]:
    try:
        print(expr, "=", eval(expr))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(f"{expr}: {type(e).__name__}: {e}")
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), 5 % 0.3, -1e-30 % 1.0, 1e-30 % -1.0)
print(abs(-0.0), -0.0 == 0.0, str(-0.0 + 0.0), max(0.0, -0.0), min(-0.0, 0.0), float("-nan") != float("nan"))
print(int(1e15), int(-2.9), int(1e20), float(2**63), float(-(2**1000))[0:1] if False else float(-(2**1000)) < 0)
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError:", e)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), 0.1 + 0.2 - 0.3, 1 - 0.9)
print(f"{0.1:.20f} {1/3:.17g} {2.5:.0f} {3.5:.0f} {1e-10:.3e} {123.456:.2g}")
print(hash(0.5) == hash(0.5), hash(1.0) == hash(1), hash(float("inf")), hash(float("-inf")), hash(-0.0))
