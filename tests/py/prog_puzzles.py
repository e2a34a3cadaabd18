# Search puzzles: the 8-puzzle solved by A* with Manhattan distance (path
# printed as moves), a knight's tour by Warnsdorff's rule on 6x6 and 8x8,
# Langton's ant for 11000 steps (the highway), and the water jug problem by
# BFS over states.
def heappush(h, x):
    h.append(x)
    i = len(h) - 1
    while i and h[(i - 1) >> 1] > h[i]:
        h[(i - 1) >> 1], h[i] = h[i], h[(i - 1) >> 1]
        i = (i - 1) >> 1


def heappop(h):
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            c = 2 * i + 1
            if c >= len(h):
                break
            if c + 1 < len(h) and h[c + 1] < h[c]:
                c += 1
            if h[i] <= h[c]:
                break
            h[i], h[c] = h[c], h[i]
            i = c
    return top


GOAL = (1, 2, 3, 4, 5, 6, 7, 8, 0)


def manhattan(state):
    d = 0
    for idx, tile in enumerate(state):
        if tile:
            goal = tile - 1
            d += abs(idx // 3 - goal // 3) + abs(idx % 3 - goal % 3)
    return d


def solve8(start):
    frontier = [(manhattan(start), 0, start, "")]
    seen = {start: 0}
    expanded = 0
    while frontier:
        f, g, state, path = heappop(frontier)
        expanded += 1
        if state == GOAL:
            return path, expanded
        z = state.index(0)
        r, c = divmod(z, 3)
        for move, dr, dc in (("U", -1, 0), ("D", 1, 0), ("L", 0, -1), ("R", 0, 1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < 3 and 0 <= nc < 3:
                n = nr * 3 + nc
                lst = list(state)
                lst[z], lst[n] = lst[n], lst[z]
                nxt = tuple(lst)
                if seen.get(nxt, 99) > g + 1:
                    seen[nxt] = g + 1
                    heappush(frontier, (g + 1 + manhattan(nxt), g + 1, nxt, path + move))
    return None, expanded


def solvable(state):
    tiles = [t for t in state if t]
    inversions = sum(1 for i in range(len(tiles)) for j in range(i + 1, len(tiles)) if tiles[i] > tiles[j])
    return inversions % 2 == 0


for start in [(1, 2, 3, 4, 5, 6, 0, 7, 8), (8, 1, 3, 4, 0, 2, 7, 6, 5), (8, 6, 7, 2, 5, 4, 3, 0, 1), (2, 1, 3, 4, 5, 6, 7, 8, 0)]:
    if not solvable(start):
        print(start, "unsolvable")
        continue
    path, expanded = solve8(start)
    print(start, len(path), path, expanded > 0)


def knights_tour(n, start=(0, 0)):
    board = [[0] * n for _ in range(n)]
    moves = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]
    r, c = start
    board[r][c] = 1

    def degree(r, c):
        return sum(1 for dr, dc in moves if 0 <= r + dr < n and 0 <= c + dc < n and not board[r + dr][c + dc])

    for step in range(2, n * n + 1):
        options = [(degree(r + dr, c + dc), r + dr, c + dc) for dr, dc in moves
                   if 0 <= r + dr < n and 0 <= c + dc < n and not board[r + dr][c + dc]]
        if not options:
            return None
        _, r, c = min(options)
        board[r][c] = step
    return board


for n in (5, 6, 8):
    b = knights_tour(n)
    if b:
        print(f"{n}x{n} tour complete:", sorted(v for row in b for v in row) == list(range(1, n * n + 1)))
        if n == 6:
            print("\n".join(" ".join(f"{v:2}" for v in row) for row in b))
    else:
        print(f"{n}x{n}: stuck")


def langton(steps):
    black = set()
    pos, heading = (0, 0), 0
    dirs = [(0, -1), (1, 0), (0, 1), (-1, 0)]
    for _ in range(steps):
        if pos in black:
            heading = (heading - 1) % 4
            black.remove(pos)
        else:
            heading = (heading + 1) % 4
            black.add(pos)
        pos = (pos[0] + dirs[heading][0], pos[1] + dirs[heading][1])
    return black, pos


black, pos = langton(11000)
print("ant:", len(black), "black cells, at", pos)


def jugs(a, b, target):
    start = (0, 0)
    prev = {start: None}
    queue = [start]
    for state in queue:
        x, y = state
        if target in state:
            path = []
            while state:
                path.append(state)
                state = prev[state]
            return path[::-1]
        pour_xy = min(x, b - y)
        pour_yx = min(y, a - x)
        for nxt in ((a, y), (x, b), (0, y), (x, 0), (x - pour_xy, y + pour_xy), (x + pour_yx, y - pour_yx)):
            if nxt not in prev:
                prev[nxt] = state
                queue.append(nxt)
    return None


print(jugs(3, 5, 4), jugs(2, 4, 3))
