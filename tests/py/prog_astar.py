# A* search on a grid maze with a hand-written binary heap, compared with
# breadth-first search; Manhattan and zero heuristics; the path drawn on
# the map; weighted terrain.
MAZE = """
S....#........
.##..#.######.
..#....#....#.
#.####.#.##.#.
..#....#..#...
.##.####..###.
....#.....#..G
""".strip().split("\n")


class Heap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[p] <= a[i]:
                break
            a[p], a[i] = a[i], a[p]
            i = p

    def pop(self):
        a = self.items
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i, n = 0, len(a)
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < n and a[l] < a[m]:
                    m = l
                if r < n and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top


def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c >= 0:
            return r, c


def neighbors(pos):
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[0]) and MAZE[nr][nc] != "#":
            yield nr, nc


def cost(pos):
    return 3 if (pos[0] + pos[1]) % 7 == 0 else 1


def astar(start, goal, h, weighted=False):
    heap = Heap()
    heap.push((h(start, goal), 0, start))
    g = {start: 0}
    came = {}
    expanded = 0
    while heap:
        f, dist, node = heap.pop()
        if dist > g[node]:
            continue
        expanded += 1
        if node == goal:
            path = [node]
            while node in came:
                node = came[node]
                path.append(node)
            return dist, path[::-1], expanded
        for nb in neighbors(node):
            nd = dist + (cost(nb) if weighted else 1)
            if nd < g.get(nb, float("inf")):
                g[nb] = nd
                came[nb] = node
                heap.push((nd + h(nb, goal), nd, nb))
    return None, [], expanded


def manhattan(a, b):
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def zero(a, b):
    return 0


def bfs(start, goal):
    frontier, seen, head = [start], {start: None}, 0
    while head < len(frontier):
        node = frontier[head]
        head += 1
        if node == goal:
            break
        for nb in neighbors(node):
            if nb not in seen:
                seen[nb] = node
                frontier.append(nb)
    length, node = 0, goal
    while seen[node] is not None:
        node = seen[node]
        length += 1
    return length


start, goal = find("S"), find("G")
d1, path1, e1 = astar(start, goal, manhattan)
d2, path2, e2 = astar(start, goal, zero)
print("start", start, "goal", goal)
print("A* manhattan:", d1, "expanded", e1)
print("Dijkstra    :", d2, "expanded", e2)
print("BFS length  :", bfs(start, goal))
print("A* expands no more nodes:", e1 <= e2)
grid = [list(row) for row in MAZE]
for r, c in path1[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
wd, wpath, _ = astar(start, goal, manhattan, weighted=True)
print("weighted cost", wd, "steps", len(wpath) - 1, "plain cost of weighted path", sum(cost(p) for p in path1[1:]))
blocked = MAZE
MAZE = [row.replace(".", "#", 1) if i == 6 else row for i, row in enumerate(blocked)]
print(astar(find("S"), find("G"), manhattan)[0] is not None)
MAZE = ["S#", "#G"]
print(astar(find("S"), find("G"), manhattan))
