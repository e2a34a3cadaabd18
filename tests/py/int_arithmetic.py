# Integer arithmetic: small values, big values, floor division and modulo signs.
a = 7
b = -3
print(a + b, a - b, a * b, a // b, a % b, -a // b, -a % b)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63), 3 ** 100)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, -(10 ** 30) % 7)
print(1 << 100, (1 << 100) >> 99, -1 >> 5, -(1 << 70) >> 3)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f, ~5, ~-1)
print(-5 // 2, 5 // -2, -5 % 2, 5 % -2)
big = 123456789 ** 5
print(big, big * big, big // 97, big % 97)
print(divmod_like := (big // 1000, big % 1000))
