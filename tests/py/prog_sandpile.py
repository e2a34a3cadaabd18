# The abelian sandpile: grains dropped on a grid topple when a cell holds
# 4 or more, spreading to neighbours; the stable pattern of 2**12 grains
# dropped at the center is printed with characters, the number of
# topplings counted, and the identity element of the 3x3 sandpile group
# computed; sandpile addition is checked to be commutative.
def topple(grid):
    n = len(grid)
    count = 0
    unstable = [(r, c) for r in range(n) for c in range(n) if grid[r][c] >= 4]
    while unstable:
        nxt = []
        for r, c in unstable:
            if grid[r][c] < 4:
                continue
            k = grid[r][c] // 4
            grid[r][c] -= 4 * k
            count += k
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                rr, cc = r + dr, c + dc
                if 0 <= rr < n and 0 <= cc < n:
                    grid[rr][cc] += k
                    if grid[rr][cc] >= 4:
                        nxt.append((rr, cc))
        unstable = nxt
    return count


def add(a, b):
    out = [[x + y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]
    topple(out)
    return out


n = 21
grid = [[0] * n for _ in range(n)]
grid[n // 2][n // 2] = 2 ** 12
print("topplings:", topple(grid))
for row in grid:
    print("".join(" .:#"[v] for v in row))
print("grains left:", sum(map(sum, grid)), "fell off:", 2 ** 12 - sum(map(sum, grid)))
six = [[6] * 3 for _ in range(3)]
topple(six)
max_stable = [[3] * 3 for _ in range(3)]
identity = [[6 - v for v in row] for row in six]
topple(identity)
print("identity:", identity)
test = [[1, 2, 3], [3, 2, 1], [0, 3, 1]]
print(add(test, identity) == test, add(max_stable, identity) == max_stable)
a = [[3, 1, 2], [0, 3, 3], [2, 2, 1]]
b = [[1, 3, 3], [3, 0, 2], [1, 1, 3]]
print(add(a, b), add(a, b) == add(b, a), add(add(a, b), identity) == add(a, b))
