# Float objects: many small objects with float attributes and methods.
# Points are made from a deterministic sequence, normalized, combined and
# folded into a running maximum.

COUNT = 20000
ROUNDS = 40


class Point:
    def __init__(self, i):
        # a deterministic spread of coordinates without math functions
        t = i * 0.7853981633974483
        self.x = x = (t % 6.283185307179586) - 3.141592653589793
        self.y = x * x * 0.25 - 1.0 + (i % 7) * 0.125
        self.z = (self.y * x) / 3.0 + 0.5

    def __repr__(self):
        return f"<Point: x={self.x:.6f}, y={self.y:.6f}, z={self.z:.6f}>"

    def length(self):
        return (self.x * self.x + self.y * self.y + self.z * self.z) ** 0.5

    def normalize(self):
        norm = self.length()
        if norm == 0.0:
            return
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def benchmark(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    total = 0.0
    for a, b in zip(points, points[1:]):
        total += a.dot(b)
    return maximize(points), total


def main():
    grand = 0.0
    for r in range(ROUNDS):
        best, total = benchmark(COUNT + r)
        grand += total
    print(best)
    print(f"sum of dot products: {grand:.6f}")


main()
