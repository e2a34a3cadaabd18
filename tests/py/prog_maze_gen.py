# Maze generation with a deterministic random generator: recursive
# backtracking (iterative with an explicit stack) and Kruskal's algorithm
# with union-find; both rendered in ASCII, checked to be perfect mazes
# (every cell reachable, edges = cells - 1), then solved with BFS and the
# path drawn.
class LCG:
    def __init__(self, seed):
        self.s = seed

    def rand(self, n):
        self.s = (self.s * 1664525 + 1013904223) % 2 ** 32
        return (self.s >> 8) % n

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.rand(i + 1)
            items[i], items[j] = items[j], items[i]


def backtracker(w, h, rng):
    passages = set()
    seen = {(0, 0)}
    stack = [(0, 0)]
    while stack:
        x, y = stack[-1]
        options = [(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                   if 0 <= x + dx < w and 0 <= y + dy < h and (x + dx, y + dy) not in seen]
        if not options:
            stack.pop()
            continue
        nxt = options[rng.rand(len(options))]
        passages.add(frozenset(((x, y), nxt)))
        seen.add(nxt)
        stack.append(nxt)
    return passages


def kruskal(w, h, rng):
    parent = {(x, y): (x, y) for x in range(w) for y in range(h)}

    def find(c):
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    walls = [((x, y), (x + 1, y)) for x in range(w - 1) for y in range(h)]
    walls += [((x, y), (x, y + 1)) for x in range(w) for y in range(h - 1)]
    rng.shuffle(walls)
    passages = set()
    for a, b in walls:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            passages.add(frozenset((a, b)))
    parent.clear()  # the nested find refers to parent; nothing refers back to find
    return passages


def solve(w, h, passages):
    start, goal = (0, 0), (w - 1, h - 1)
    prev = {start: None}
    queue = [start]
    for cell in queue:
        if cell == goal:
            break
        x, y = cell
        for nb in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if nb not in prev and frozenset((cell, nb)) in passages:
                prev[nb] = cell
                queue.append(nb)
    path, c = [], goal
    while c is not None:
        path.append(c)
        c = prev[c]
    return path[::-1], len(prev)


def render(w, h, passages, path=()):
    on_path = set(path)
    lines = ["+" + "---+" * w]
    for y in range(h):
        row, below = "|", "+"
        for x in range(w):
            mark = " * " if (x, y) in on_path else "   "
            east = frozenset(((x, y), (x + 1, y))) in passages
            south = frozenset(((x, y), (x, y + 1))) in passages
            row += mark + (" " if east else "|")
            below += ("   " if south else "---") + "+"
        lines += [row, below]
    return "\n".join(lines)


for name, gen in (("backtracker", backtracker), ("kruskal", kruskal)):
    w, h = 8, 5
    passages = gen(w, h, LCG(7))
    path, reached = solve(w, h, passages)
    print(f"{name}: {len(passages)} passages for {w * h} cells, all reachable: {reached == w * h}, "
          f"path length {len(path)}")
    print(render(w, h, passages, path))
big = backtracker(30, 30, LCG(99))
path, reached = solve(30, 30, big)
print("30x30:", len(big), reached, len(path))
