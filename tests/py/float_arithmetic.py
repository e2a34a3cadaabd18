# Floats: true division, floor division and modulo signs, powers, reprs, comparisons with ints.
print(1 / 3, 2 / 2, 7.5 // 2, -7.5 % 2, 2 ** -2, 1e300 * 10, 0.1 + 0.2, 3.0 == 3, 2.5 < 3, 10 ** 30 / 3)
print(12345678901234567890123 * 2, -0.0, 1e16, 1.5e-7, 100.0)
x = 0.5
x += 1
print(x, x * 2, -x, abs(-x) if False else x)
