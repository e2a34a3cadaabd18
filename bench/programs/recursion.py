# Recursion: deep and wide call trees of small functions (Fibonacci,
# Ackermann, Takeuchi, binary trees built and walked recursively, a
# recursive-descent flood fill).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def make_tree(depth):
    if depth == 0:
        return None
    return (make_tree(depth - 1), depth, make_tree(depth - 1))


def check_tree(node):
    if node is None:
        return 0
    left, value, right = node
    return check_tree(left) + value - check_tree(right) + 1


def count_paths(grid, r, c, seen):
    """Count simple paths from (r, c) to the bottom-right corner."""
    rows, cols = len(grid), len(grid[0])
    if r == rows - 1 and c == cols - 1:
        return 1
    seen.add((r, c))
    total = 0
    for dr, dc in ((1, 0), (0, 1), (-1, 0), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in seen:
            total += count_paths(grid, nr, nc, seen)
    seen.discard((r, c))
    return total


def main():
    print("fib(33) =", fib(33))
    print("ackermann(2, 300) =", ackermann(2, 300), " ackermann(3, 6) =", ackermann(3, 6))
    print("tak(24, 16, 8) =", tak(24, 16, 8))
    print("trees:", sum(check_tree(make_tree(d)) for d in range(4, 19)))
    grid = ["....#",
            ".#...",
            "...#.",
            "#....",
            "....."]
    print("paths:", count_paths(grid, 0, 0, set()))


main()
