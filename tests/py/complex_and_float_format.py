# complex numbers: construction from strings and numbers (and the error
# messages), repr with signed zeros, inf and nan, arithmetic edge cases
# (division by zero, powers, conjugate, abs), and float formatting corner
# cases (zero padding of inf/nan, '=' alignment, '%' and 'n', huge widths).
for text in ["1+2j", "-1.5-2.5j", "3j", "-j", "+1", "(1+2j)", " ( 4-0j ) ", "1e3+1e-3j", "inf-nanj", "1_0+2_0j"]:
    print(f"complex({text!r}) = {complex(text)!r}")
for bad in ["1+", "j1", "1+2i", "(1+2j", "1 + 2j", "", "1+2j+3", "--1"]:
    try:
        complex(bad)
    except ValueError as e:
        print(f"complex({bad!r}): {e}")
for args in [("1", 2), (1, "2"), (None,), ([],)]:
    try:
        complex(*args)
    except TypeError as e:
        print(f"complex{args!r}: TypeError: {e}")
print(complex(1, 2), complex(1.5), complex(2j, 1j), complex(real=1, imag=-0.0), complex(), complex(True, False))
print(repr(complex(-0.0, -0.0)), repr(complex(0.0, -0.0)), repr(-0j), repr(0j), repr(complex("nan+infj")), repr(1e300j * 1e10))
z = 3 + 4j
print(abs(z), z.conjugate(), z.real, z.imag, z * z, z / 2, z ** 2, z ** 0.5, 1 / z, -z, +z, z == 3 + 4j, z != 3)
print((1 + 2j) ** 3, (1j) ** 2, 2 ** (1j) == complex(2 ** 1j), pow(1j, 4), 0j ** 0, (2 + 0j) ** -1)
for expr in ["1j / 0", "1j // 1", "1j % 1", "0j ** -1", "divmod(1j, 1)", "1j < 2j", "abs(complex(1e308, 1e308))",
             "int(1j)", "float(1j)", "round(1j)"]:
    try:
        print(expr, "=", eval(expr))
    except (ZeroDivisionError, TypeError, OverflowError) as e:
        print(f"{expr}: {type(e).__name__}: {e}")
print(hash(1 + 0j) == hash(1), hash(complex(0, 1)) == hash(1j), {1j: "a", complex(0, 1): "b"})
for spec in ["", "g", ".2f", "10.3e", "+", "^20", "<15.1f", "*>16", "-"]:
    print(f"{spec!r:8} [{format(1.5 - 2.25j, spec)}]")
for value in [float("inf"), float("-inf"), float("nan"), -0.0, 1234.5, -1234.5]:
    print(f"[{value:010.2f}] [{value:=+12,.1f}] [{value:<10}] [{value:^+10.0f}] [{value:%}] [{value:08}]")
print(f"{1e16:,.0f} {1e-5:.2%} {123456.789:_.3f} {0.000123456:.3g} {1.0:.0e} {1e100:.3} {12345678.9:n}")
print(format(1.0, "#.0f"), format(1.0, "#g"), format(1e10, "#.3g"), format(0.0, "#.0e"), format(-1e-7, "g"))
print(repr(1e16), repr(1e15), repr(12345678901234567.0), repr(0.1 + 0.2), repr(1 / 7), str(1e-7), str(123e-9))
print(format(2 ** 0.5, ".50f"))
print(format(5e-324, ".1e"), format(1.7976931348623157e308, ".17g"), float.fromhex("0x1.fffffffffffffp+1023"))
try:
    format(1.0, "10000000000000000000f")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, ",d")
except ValueError as e:
    print("ValueError:", e)
