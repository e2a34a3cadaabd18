# N-queens: every placement of n queens on an n x n board such that no two
# attack each other, found by backtracking with recursive generators.

SIZES = [6, 7, 8, 9, 10, 11]
ROUNDS = 2


def solve(n, row=0, cols=(), used_cols=frozenset(), diag1=frozenset(), diag2=frozenset()):
    """Yield each solution as a tuple of column indexes, one per row."""
    if row == n:
        yield cols
        return
    for col in range(n):
        if col in used_cols or row + col in diag1 or row - col in diag2:
            continue
        yield from solve(n, row + 1, cols + (col,), used_cols | {col},
                         diag1 | {row + col}, diag2 | {row - col})


def permutations_solutions(n):
    """The same count from a filter over all column permutations."""
    def perms(items):
        if len(items) <= 1:
            yield list(items)
            return
        for i, item in enumerate(items):
            for rest in perms(items[:i] + items[i + 1:]):
                yield [item] + rest
    count = 0
    for p in perms(list(range(n))):
        if len({r + c for r, c in enumerate(p)}) == n and len({r - c for r, c in enumerate(p)}) == n:
            count += 1
    return count


def render(solution):
    n = len(solution)
    return "\n".join("".join("Q" if c == col else "." for c in range(n)) for col in solution)


def main():
    found = {}
    for _ in range(ROUNDS):
        for n in SIZES:
            solutions = list(solve(n))
            found[n] = found.get(n, 0) + len(solutions)
            first = solutions[0]
            print(f"{n} queens: {len(solutions)} solutions, first {first}")
    print("total per size:", found)
    print(render(next(solve(8))))
    print("by permutations, 8 queens:", permutations_solutions(8))


main()
