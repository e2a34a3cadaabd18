# Conway's Game of Life on a set of live cells (unbounded) and on a
# wrapping grid (lists), with pattern recognition: a blinker's period, a
# glider's displacement after 4 generations, and a still life. Also a 1-D
# elementary automaton (rule 30 and 110) rendered as text.
def neighbors(cell):
    r, c = cell
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                yield r + dr, c + dc


def step(live):
    counts = {}
    for cell in live:
        for nb in neighbors(cell):
            counts[nb] = counts.get(nb, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def normalize(live):
    if not live:
        return frozenset()
    r0 = min(r for r, _ in live)
    c0 = min(c for _, c in live)
    return frozenset((r - r0, c - c0) for r, c in live)


def render(live, rows=None, cols=None):
    if not live:
        return "(empty)"
    r0, r1 = min(r for r, _ in live), max(r for r, _ in live)
    c0, c1 = min(c for _, c in live), max(c for _, c in live)
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(c0, c1 + 1)) for r in range(r0, r1 + 1))


def parse(text):
    return {(r, c) for r, line in enumerate(text.strip().split("\n")) for c, ch in enumerate(line) if ch == "#"}


def period(live, limit=50):
    seen = {normalize(live): 0}
    for gen in range(1, limit):
        live = step(live)
        key = normalize(live)
        if key in seen:
            return gen - seen[key], gen
        seen[key] = gen
    return None, limit


blinker = parse("###")
glider = parse(".#.\n..#\n###")
block = parse("##\n##")
beehive = parse(".##.\n#..#\n.##.")
for name, pattern in [("blinker", blinker), ("glider", glider), ("block", block), ("beehive", beehive)]:
    print(name, "period", period(pattern))
g = glider
for _ in range(4):
    g = step(g)
shift = (min(r for r, _ in g) - min(r for r, _ in glider), min(c for _, c in g) - min(c for _, c in glider))
print("glider moved by", shift, normalize(g) == normalize(glider))
r_pentomino = parse(".##\n##.\n.#.")
live = r_pentomino
history = []
for gen in range(60):
    history.append(len(live))
    live = step(live)
print("r-pentomino populations:", history[:20], "... at 60:", len(live))
print(render(step(step(glider))))


def step_grid(grid):
    rows, cols = len(grid), len(grid[0])
    out = []
    for r in range(rows):
        row = []
        for c in range(cols):
            n = sum(grid[(r + dr) % rows][(c + dc) % cols] for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
            row.append(1 if n == 3 or (n == 2 and grid[r][c]) else 0)
        out.append(row)
    return out


grid = [[0] * 8 for _ in range(8)]
for r, c in glider:
    grid[r][c] = 1
for _ in range(32):
    grid = step_grid(grid)
print("glider back home after 32 steps on an 8x8 torus:",
      {(r, c) for r in range(8) for c in range(8) if grid[r][c]} == glider)


def elementary(rule, width=31, steps=15):
    cells = [0] * width
    cells[width // 2] = 1
    lines = []
    for _ in range(steps):
        lines.append("".join("#" if x else " " for x in cells).rstrip())
        cells = [(rule >> (cells[(i - 1) % width] * 4 + cells[i] * 2 + cells[(i + 1) % width])) & 1
                 for i in range(width)]
    return "\n".join(lines)


print(elementary(30))
print(elementary(90, 17, 8))
