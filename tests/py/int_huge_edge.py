# int corners: huge values, floor division and modulo signs, divmod, pow with
# modulus (and negative exponent inverse), bit operations on negatives,
# to_bytes/from_bytes, int() parsing (bases, underscores, whitespace), round
# with negative ndigits, and the error messages.
big = 2 ** 200 + 12345
print(big, len(str(big)), big.bit_length(), (-big).bit_length())
print(big // 7, big % 7, -big // 7, -big % 7, big // -7, big % -7)
print(divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(pow(3, 200, 1000007), pow(3, -1, 7), pow(-2, 3), pow(2, -2), pow(0, 0), (-8) ** (1 / 3) == (-8) ** (1 / 3))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(-1 >> 100, -5 >> 1, -5 << 3, ~big & 0xFF, -big & 0xFFFF, big ^ -1, -(2 ** 65) | 1)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big"), int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"", "little"))
print(int.from_bytes([1, 2, 3], "little"), (255).to_bytes(1, "big"))
for args in ((256, 1, "big"), (-1, 1, "big")):
    try:
        args[0].to_bytes(args[1], args[2])
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
for s in ("42", " -42 ", "+7", "1_000", "0x_ff", "0b101", "0o17", "  12\n", "٣", "00", "-0"):
    print(repr(s), int(s, 0) if s.strip().startswith("0") and len(s.strip()) > 1 and s.strip()[1] in "xbo" else int(s))
print(int("ff", 16), int("Z", 36), int("0x1f", 16), int("0b11", 0), int("  -0o7 ", 0), int("1_0", 2))
for s, base in (("", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("12", 2), ("0x", 16), ("08", 0), ("abc", 10),
                ("1.5", 10), ("9", 37), (" ", 10), ("0b2", 0)):
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
print(int(3.99), int(-3.99), int(1e20), int(True), int(b"12"), int(bytearray(b" 7 ")))
for v in (float("inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-15, -1), round(25, -1), round(7, 0), round(7))
print(round(big, -50) % 10 ** 50, type(round(5, 2)))
print(abs(-big) == big, -(-big) == big, +big == big, bool(0), bool(-big))
print(big > 2 ** 200, big < 2.0 ** 201, big == float(big), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 20 / 10 ** 10, 7 / 2, -7 / 2, 1 / 3, (2 ** 1000) // (2 ** 999))
try:
    (2 ** 10000) / 3 if False else float(2 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2 ** 10000 / 1.5
except OverflowError as e:
    print("OverflowError:", e)
print((2 ** 10000) // (2 ** 9990), (10 ** 50).bit_count() if hasattr(int, "bit_count") else "")
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((12).as_integer_ratio(), (7).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(hex(-255), oct(-8), bin(-5), hex(big)[:12], int(hex(big), 16) == big)
print(sum(range(10 ** 6)) if False else sum(range(1000)), sum([2 ** 64] * 3))
f = 1
for i in range(1, 60):
    f *= i
print(f, f % 1000003, str(f)[::-1][:10])
print(int("9" * 100) + 1 == 10 ** 100, -10 ** 100 // 3, (10 ** 100) % -7)
print(max(2 ** 100, 2.0 ** 100), min(-1, -1.0), 2 ** 64 - 1 == 0xFFFFFFFFFFFFFFFF)
