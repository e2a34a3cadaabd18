vals = [0, 1, -3, 7, 2**52, 2**53, 2**53 + 1, -2**53 - 1, 2**62, 0.0, -0.0, 1.5, -2.25, 1e300, float("inf"), float("-inf"), float("nan"), 3.0, 9007199254740993.0]
out = []
for a in vals:
    for b in vals:
        for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a < b, lambda: a <= b, lambda: a == b, lambda: a != b, lambda: a > b, lambda: a >= b):
            try:
                out.append(repr(f()))
            except (ZeroDivisionError, OverflowError) as e:
                out.append(type(e).__name__ + ":" + str(e))
print(len(out))
for i in range(0, len(out), 40):
    print(" ".join(out[i:i + 40]))
