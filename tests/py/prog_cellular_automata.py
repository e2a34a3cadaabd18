# Cellular automata: elementary rules 30/90/110 on a ring, Langton's ant on a
# bounded grid, and a Brian's Brain three-state automaton, each printed as
# text with population statistics per generation.
def elementary(rule, width, steps):
    cells = [0] * width
    cells[width // 2] = 1
    table = {tuple(int(b) for b in f"{i:03b}"): (rule >> i) & 1 for i in range(8)}
    rows = []
    for _ in range(steps):
        rows.append("".join("#" if c else "." for c in cells))
        cells = [table[(cells[i - 1], cells[i], cells[(i + 1) % width])] for i in range(width)]
    return rows


for rule in (30, 90, 110):
    print(f"rule {rule}")
    rows = elementary(rule, 31, 12)
    for r in rows:
        print("  " + r)
    print("  live per row:", [r.count("#") for r in rows])


class Ant:
    DIRS = [(0, -1), (1, 0), (0, 1), (-1, 0)]  # up, right, down, left

    def __init__(self, w, h):
        self.w, self.h = w, h
        self.black = set()
        self.x, self.y, self.d = w // 2, h // 2, 0
        self.steps = 0

    def step(self):
        pos = (self.x, self.y)
        if pos in self.black:
            self.d = (self.d - 1) % 4
            self.black.remove(pos)
        else:
            self.d = (self.d + 1) % 4
            self.black.add(pos)
        dx, dy = self.DIRS[self.d]
        self.x = (self.x + dx) % self.w
        self.y = (self.y + dy) % self.h
        self.steps += 1

    def render(self):
        out = []
        for y in range(self.h):
            row = ""
            for x in range(self.w):
                if (x, y) == (self.x, self.y):
                    row += "^>v<"[self.d]
                else:
                    row += "#" if (x, y) in self.black else "."
            out.append(row)
        return out


ant = Ant(21, 15)
checkpoints = {50, 200, 500}
for _ in range(500):
    ant.step()
    if ant.steps in checkpoints:
        print(f"ant after {ant.steps} steps: {len(ant.black)} black cells, at ({ant.x},{ant.y})")
for line in ant.render():
    print("  " + line)

OFF, ON, DYING = 0, 1, 2


def brain_step(grid):
    h, w = len(grid), len(grid[0])
    new = [[OFF] * w for _ in range(h)]
    for y in range(h):
        for x in range(w):
            s = grid[y][x]
            if s == ON:
                new[y][x] = DYING
            elif s == DYING:
                new[y][x] = OFF
            else:
                n = sum(grid[(y + dy) % h][(x + dx) % w] == ON for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                        if dy or dx)
                new[y][x] = ON if n == 2 else OFF
    return new


grid = [[OFF] * 16 for _ in range(10)]
for x, y in [(7, 4), (8, 4), (7, 5), (8, 5), (3, 2), (3, 3)]:
    grid[y][x] = ON
history = []
for gen in range(8):
    history.append(tuple(sum(row.count(s) for row in grid) for s in (ON, DYING)))
    grid = brain_step(grid)
print("brian's brain (on, dying) per generation:", history)
for row in grid:
    print("  " + "".join(".O+"[c] for c in row))
