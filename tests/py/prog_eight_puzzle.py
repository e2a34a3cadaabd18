# The 8-puzzle solved by BFS, A* with Manhattan distance and with misplaced
# tiles (hand-written binary heap keyed on (f, tie-break counter)), and
# IDA*; the solvability test by inversion parity; the paths are replayed.
GOAL = (1, 2, 3, 4, 5, 6, 7, 8, 0)
MOVES = {"U": -3, "D": 3, "L": -1, "R": 1}


def neighbors(state):
    z = state.index(0)
    r, c = divmod(z, 3)
    for name, delta in MOVES.items():
        if (name == "U" and r == 0) or (name == "D" and r == 2) or (name == "L" and c == 0) or (name == "R" and c == 2):
            continue
        s = list(state)
        s[z], s[z + delta] = s[z + delta], s[z]
        yield name, tuple(s)


def solvable(state):
    tiles = [t for t in state if t]
    inversions = sum(1 for i in range(len(tiles)) for j in range(i + 1, len(tiles)) if tiles[i] > tiles[j])
    return inversions % 2 == 0


def manhattan(state):
    total = 0
    for i, t in enumerate(state):
        if t:
            g = t - 1
            total += abs(i // 3 - g // 3) + abs(i % 3 - g % 3)
    return total


def misplaced(state):
    return sum(1 for i, t in enumerate(state) if t and t != GOAL[i])


class MinHeap:
    def __init__(self):
        self.items = []

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2

    def pop(self):
        a = self.items
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[m]:
                m = l
            if r < len(a) and a[r] < a[m]:
                m = r
            if m == i:
                return top
            a[i], a[m] = a[m], a[i]
            i = m

    def __bool__(self):
        return bool(self.items)


def bfs(start):
    parent = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for s in frontier:
            if s == GOAL:
                return path_from(parent, s), len(parent)
            for move, t in neighbors(s):
                if t not in parent:
                    parent[t] = (s, move)
                    nxt.append(t)
        frontier = nxt
    return None, len(parent)


def path_from(parent, s):
    moves = []
    while parent[s] is not None:
        s, m = parent[s]
        moves.append(m)
    return "".join(reversed(moves))


def astar(start, h):
    heap = MinHeap()
    counter = 0
    heap.push((h(start), counter, start))
    g = {start: 0}
    parent = {start: None}
    expanded = 0
    while heap:
        f, _, s = heap.pop()
        if f - h(s) > g[s]:
            continue
        expanded += 1
        if s == GOAL:
            return path_from(parent, s), expanded
        for move, t in neighbors(s):
            ng = g[s] + 1
            if ng < g.get(t, 1 << 30):
                g[t] = ng
                parent[t] = (s, move)
                counter += 1
                heap.push((ng + h(t), counter, t))
    return None, expanded


def ida_star(start):
    bound = manhattan(start)
    path = [start]
    moves = []
    visited = 0

    def search(g, bound):
        nonlocal visited
        visited += 1
        s = path[-1]
        f = g + manhattan(s)
        if f > bound:
            return f
        if s == GOAL:
            return True
        best = 1 << 30
        for move, t in neighbors(s):
            if len(path) > 1 and t == path[-2]:
                continue
            path.append(t)
            moves.append(move)
            r = search(g + 1, bound)
            if r is True:
                return True
            best = min(best, r)
            path.pop()
            moves.pop()
        return best

    while True:
        r = search(0, bound)
        if r is True:
            return "".join(moves), visited
        bound = r


def replay(start, moves):
    s = start
    for m in moves:
        s = dict(neighbors(s))[m]
    return s


def show(s):
    return " / ".join(" ".join(str(t) if t else "_" for t in s[i:i + 3]) for i in (0, 3, 6))


puzzles = [(1, 2, 3, 4, 5, 6, 0, 7, 8), (1, 2, 3, 5, 0, 6, 4, 7, 8), (4, 1, 3, 7, 2, 6, 0, 5, 8),
           (2, 8, 3, 1, 6, 4, 7, 0, 5), (4, 1, 2, 0, 8, 7, 6, 3, 5),
           (1, 2, 3, 4, 5, 6, 8, 7, 0)]
for p in puzzles:
    print(show(p), "| solvable:", solvable(p))
    if not solvable(p):
        continue
    b, nb = bfs(p)
    a1, n1 = astar(p, manhattan)
    a2, n2 = astar(p, misplaced)
    ida, ni = ida_star(p)
    print(f"   bfs {len(b)} moves ({nb} seen); A*/manhattan {a1} ({n1} expanded); A*/misplaced {len(a2)} ({n2}); "
          f"IDA* {len(ida)} ({ni} visited)")
    print("   all optimal:", len(b) == len(a1) == len(a2) == len(ida), "replay ok:",
          all(replay(p, m) == GOAL for m in (b, a1, a2, ida)))
