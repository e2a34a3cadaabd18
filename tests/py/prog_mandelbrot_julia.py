# Escape-time fractals rendered as ASCII with complex arithmetic: the
# Mandelbrot set, a Julia set, a zoomed window, the area estimate by
# counting, and the period detection of a few orbits.
CHARS = " .:-=+*#%@"


def escape(c, z=0j, limit=60):
    for i in range(limit):
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4.0:
            return i
    return limit


def render(fn, x0, x1, y0, y1, w, h, limit=60):
    rows = []
    for j in range(h):
        y = y1 - (y1 - y0) * j / (h - 1)
        row = ""
        for i in range(w):
            x = x0 + (x1 - x0) * i / (w - 1)
            n = fn(complex(x, y), limit)
            row += "@" if n == limit else CHARS[n * (len(CHARS) - 1) // limit]
        rows.append(row)
    return rows


for line in render(lambda c, lim: escape(c, limit=lim), -2.2, 0.8, -1.2, 1.2, 60, 21):
    print("|" + line + "|")
print()
for line in render(lambda z, lim: escape(complex(-0.8, 0.156), z, lim), -1.6, 1.6, -0.9, 0.9, 60, 15):
    print("|" + line + "|")
print()
for line in render(lambda c, lim: escape(c, limit=lim), -0.80, -0.70, 0.05, 0.15, 40, 10, limit=120):
    print("|" + line + "|")
inside = sum(escape(complex(-2 + 2.5 * i / 99, -1.25 + 2.5 * j / 99), limit=80) == 80 for i in range(100) for j in range(100))
print("area estimate", round(inside / 10000 * 2.5 * 2.5, 3))


def period(c, limit=2000, eps=1e-9):
    z = 0j
    for _ in range(limit):
        z = z * z + c
    start = z
    for p in range(1, 64):
        z = z * z + c
        if abs(z - start) < eps:
            return p
    return None


for c in (0j, -1 + 0j, -0.1 + 0.75j, -1.3 + 0j, -1.76 + 0j, 0.3 + 0.5j):
    print(c, period(c) if escape(c, limit=500) == 500 else "escapes")
print(abs(3 + 4j), (1 + 1j) ** 8, complex("1-2j").conjugate(), (2j) ** 0.5)
