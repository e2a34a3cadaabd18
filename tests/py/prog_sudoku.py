# A sudoku solver: constraint propagation (naked singles, hidden singles)
# with candidate sets, then depth-first search choosing the cell with the
# fewest candidates. Solves an easy and a hard puzzle, verifies the result,
# and reports an unsolvable grid.
def parse(text):
    digits = [c for c in text if c in "0123456789."]
    assert len(digits) == 81
    return [0 if c in ".0" else int(c) for c in digits]


ROWS = [[r * 9 + c for c in range(9)] for r in range(9)]
COLS = [[r * 9 + c for r in range(9)] for c in range(9)]
BOXES = [[(br * 3 + r) * 9 + bc * 3 + c for r in range(3) for c in range(3)] for br in range(3) for bc in range(3)]
UNITS = ROWS + COLS + BOXES
PEERS = [set() for _ in range(81)]
for unit in UNITS:
    for cell in unit:
        PEERS[cell].update(unit)
for cell in range(81):
    PEERS[cell].discard(cell)


def candidates(grid):
    cands = []
    for i in range(81):
        if grid[i]:
            cands.append({grid[i]})
        else:
            cands.append(set(range(1, 10)) - {grid[p] for p in PEERS[i]})
    return cands


def propagate(grid, stats):
    changed = True
    while changed:
        changed = False
        cands = candidates(grid)
        for i in range(81):
            if not grid[i]:
                if not cands[i]:
                    return False
                if len(cands[i]) == 1:
                    grid[i] = next(iter(cands[i]))
                    stats["naked"] += 1
                    changed = True
        if changed:
            continue
        for unit in UNITS:
            for d in range(1, 10):
                places = [i for i in unit if d in cands[i]]
                if not places:
                    return False
                if len(places) == 1 and not grid[places[0]]:
                    grid[places[0]] = d
                    stats["hidden"] += 1
                    changed = True
            if changed:
                break
    return True


def solve(grid, stats):
    grid = grid[:]
    if not propagate(grid, stats):
        return None
    empty = [i for i in range(81) if not grid[i]]
    if not empty:
        return grid
    cands = candidates(grid)
    cell = min(empty, key=lambda i: (len(cands[i]), i))
    for d in sorted(cands[cell]):
        stats["guesses"] += 1
        trial = grid[:]
        trial[cell] = d
        result = solve(trial, stats)
        if result:
            return result
    return None


def valid(grid):
    return all(sorted(grid[i] for i in unit) == list(range(1, 10)) for unit in UNITS)


def show(grid):
    lines = []
    for r in range(9):
        row = ""
        for c in range(9):
            row += str(grid[r * 9 + c] or ".") + (" | " if c in (2, 5) else " ")
        lines.append(row.rstrip())
        if r in (2, 5):
            lines.append("------+-------+------")
    return "\n".join(lines)


easy = parse("""
003020600 900305001 001806400 008102900 700000008 006708200 002609500 800203009 005010300""")
hard = parse("""
4.....8.5 .3....... ...7..... .2.....6. ....8.4.. ....1.... ...6.3.7. 5..2..... 1.4......""")
for name, puzzle in (("easy", easy), ("hard", hard)):
    stats = {"naked": 0, "hidden": 0, "guesses": 0}
    solution = solve(puzzle, stats)
    print(name, "solved:", solution is not None and valid(solution), stats["guesses"] > 0 if name == "hard" else stats)
    print(show(solution))
    assert all(p == 0 or p == s for p, s in zip(puzzle, solution))
broken = easy[:]
broken[1] = 3
stats = {"naked": 0, "hidden": 0, "guesses": 0}
print("broken:", solve(broken, stats))
