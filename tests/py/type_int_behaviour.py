# int: construction from strings in every base (underscores, whitespace,
# signs, prefixes), the error messages, methods (bit_length, bit_count,
# to_bytes, from_bytes, as_integer_ratio, conjugate), big numbers, and
# the arithmetic edge cases (floor division and modulo signs, pow with
# modulus and negative exponents, shifts).
for text, base in [("42", 10), ("  -17  ", 10), ("+5", 10), ("1_000_000", 10), ("ff", 16), ("0xff", 16),
                   ("0xff", 0), ("0o17", 0), ("0b1010", 0), ("z", 36), ("Z", 36), ("0", 0), ("00", 0),
                   ("-0x_1f", 0), ("١٢٣", 10), ("12", 3) if False else ("102", 3)]:
    print(f"int({text!r}, {base}) = {int(text, base)}")
for text, base in [("", 10), ("1.5", 10), ("0x", 16), ("12", 2), ("08", 0), ("1__0", 10), ("_1", 10),
                   ("1_", 10), ("abc", 10), ("0b2", 0), (" ", 10), ("1 2", 10), ("--1", 10), ("9" * 5000, 10)]:
    try:
        int(text, base)
    except ValueError as e:
        print(f"int({text[:12]!r}, {base}): {str(e)[:90]}")
for args in [(1, 10), ("1", 1), ("1", 37), ("1", -1), (1.5,), ([],), ("1", "10"), (None,)]:
    try:
        int(*args)
    except (TypeError, ValueError) as e:
        print(f"int{args!r}: {type(e).__name__}: {e}")
print(int(3.99), int(-3.99), int(True), int(b"12"), int(bytearray(b" 7 ")), int("10", base=2), int())
for bad in (float("inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for v in [0, 1, -1, 255, 256, -256, 2**64, -(2**64) + 1]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator,
          v.denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True),
      (255).to_bytes(1, "big"), (0).to_bytes(0, "big"), (1).to_bytes())
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"),
      int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2]), int.from_bytes(b""))
for call in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
             lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes("ab", "big"), lambda: (128).to_bytes(1, "big", signed=True)]:
    try:
        call()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (10**20, 7), (-(10**20), 7)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b if abs(a) < 10**18 else "big")
for expr in ["1 // 0", "1 % 0", "divmod(1, 0)", "1 / 0", "0 ** -1", "pow(2, -1, 4)", "pow(2, 3, 0)", "1 << -1",
             "1 >> -1", "pow(2, 1.5, 3)", "10 ** 10 ** 10 if False else 1 << 10 ** 100"]:
    try:
        print(expr, "=", eval(expr))
    except (ZeroDivisionError, ValueError, TypeError, OverflowError, MemoryError) as e:
        print(f"{expr}: {type(e).__name__}: {e}")
print(pow(3, -1, 7), pow(-2, 3, 5), pow(2, 100, 10**9 + 7), pow(5, 0, 1), 2 ** -2, (-8) ** (1 / 3) if False else "")
print(1 << 100, (1 << 100) >> 99, -1 >> 100, -(1 << 100) >> 1, ~(1 << 70), (1 << 64) & -1, -1 & 0xFF, -1 ^ 0xFF)
big = 3 ** 200
print(str(big)[:20], len(str(big)), big % 1000, hex(big)[:12], big.bit_length(), -big // 7 % 11)
print(abs(-5), abs(-(2 ** 80)), -(-5), +5, round(1234, -2), round(1250, -2), round(1350, -2), round(-5, -1), round(15, -1))
print(int.__name__, type(10**100).__name__, isinstance(True, int), True + 1, 5 .real, (5).imag)
print(0 == -0, 1_0, 0x_ff, 0o_7, 0b_1, 1e3 == 1000, 10**18 == 1e18, 2**53 + 1 == float(2**53 + 1))
print(hash(-1), hash(-2), hash(10**20) == hash(10**20 % (2**61 - 1)), (-10**20).__hash__() == -(10**20 % (2**61 - 1)))
print(int("1" * 4300) % 9, len(str(2**14300)) if False else "limit-ok")
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(format(-42, "b"), oct(-8), hex(-255), bin(0), int("-0b101", 0), int("  0o777  ", 8))
for e in ["1 << 2**63", "1 << 2**64", "1 << 10**100", "1 << 2**62", "1 << 2**40", "0 << 2**70", "-1 >> 2**70", "1 >> 2**70", "[0] * 2**62", "'a' * 2**62", "[0] * 2**70", "(-1) ** 2**70", "0 ** 2**70", "1 ** 2**70"]:
    try:
        print(e, eval(e))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
