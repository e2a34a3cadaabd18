# Chaos game: a fractal (a fern and a Sierpinski triangle) drawn by
# repeatedly applying affine maps picked at random with given weights. The
# random numbers come from a linear congruential generator; the points are
# counted on a character grid that is then summarised.

WIDTH = 64
HEIGHT = 48
POINTS = 450000


class Random:
    """A linear congruential generator (31-bit state)."""

    def __init__(self, seed):
        self.state = seed

    def next_int(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def random(self):
        return self.next_int() / 2147483648.0


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Affine:
    """p -> (a*x + b*y + e, c*x + d*y + f), chosen with a relative weight."""

    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e,
                     self.c * p.x + self.d * p.y + self.f)


class ChaosGame:
    def __init__(self, maps, rng):
        self.maps = maps
        self.rng = rng
        total = sum(m.weight for m in maps)
        self.thresholds = []
        acc = 0.0
        for m in maps:
            acc += m.weight / total
            self.thresholds.append(acc)

    def pick(self):
        r = self.rng.random()
        for i, t in enumerate(self.thresholds):
            if r < t:
                return self.maps[i]
        return self.maps[-1]

    def run(self, n):
        p = Point(0.0, 0.0)
        for _ in range(20):               # settle onto the attractor
            p = self.pick().apply(p)
        points = []
        for _ in range(n):
            p = self.pick().apply(p)
            points.append(p)
        return points


def bounds(points):
    xs = [p.x for p in points]
    ys = [p.y for p in points]
    return min(xs), max(xs), min(ys), max(ys)


def plot(points):
    grid = [[0] * WIDTH for _ in range(HEIGHT)]
    x0, x1, y0, y1 = bounds(points)
    sx = (WIDTH - 1) / (x1 - x0)
    sy = (HEIGHT - 1) / (y1 - y0)
    for p in points:
        col = int((p.x - x0) * sx)
        row = int((y1 - p.y) * sy)
        grid[row][col] += 1
    return grid


def summary(name, grid):
    filled = sum(1 for row in grid for cell in row if cell)
    busiest = max(max(row) for row in grid)
    checksum = 0
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            checksum = (checksum * 31 + cell * (r + 1) + c) % 1000000007
    print(f"{name}: {filled} cells filled, busiest {busiest}, checksum {checksum}")
    shade = " .:*#"
    for row in grid[::8]:
        print("".join(shade[min(cell, 4 * 4) // 4] for cell in row[::2]))


def main():
    rng = Random(42)
    fern = ChaosGame([
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 1),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 7),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 7),
    ], rng)
    summary("fern", plot(fern.run(POINTS)))
    triangle = ChaosGame([
        Affine(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1),
        Affine(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1),
        Affine(0.5, 0.0, 0.0, 0.5, 0.25, 0.5, 1),
    ], rng)
    summary("triangle", plot(triangle.run(POINTS)))


main()
