# Graph search with dicts of lists and sets: BFS shortest paths, DFS
# topological sort, connected components, Dijkstra with a hand-written heap,
# and a grid maze.
def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i:
        parent = (i - 1) // 2
        if heap[parent] <= heap[i]:
            break
        heap[parent], heap[i] = heap[i], heap[parent]
        i = parent


def heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top, heap[0] = heap[0], last
    i, n = 0, len(heap)
    while True:
        smallest = i
        for child in (2 * i + 1, 2 * i + 2):
            if child < n and heap[child] < heap[smallest]:
                smallest = child
        if smallest == i:
            return top
        heap[i], heap[smallest] = heap[smallest], heap[i]
        i = smallest


edges = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3), ("e", "d", 4), ("d", "f", 11),
         ("g", "h", 1), ("e", "f", 20)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))
print(sorted(graph.items())[:3])


def bfs(start):
    dist, order, queue = {start: 0}, [start], [start]
    while queue:
        node = queue.pop(0)
        for nxt, _ in sorted(graph[node]):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                order.append(nxt)
                queue.append(nxt)
    return dist, order


def dijkstra(start):
    dist, prev, heap, done = {start: 0}, {}, [(0, start)], set()
    while heap:
        d, node = heap_pop(heap)
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heap_push(heap, (nd, nxt))
    return dist, prev


def path_to(prev, node):
    out = [node]
    while node in prev:
        node = prev[node]
        out.append(node)
    return out[::-1]


def components():
    seen, comps = set(), []
    for node in sorted(graph):
        if node in seen:
            continue
        stack, comp = [node], []
        seen.add(node)
        while stack:
            cur = stack.pop()
            comp.append(cur)
            for nxt, _ in graph[cur]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        comps.append(sorted(comp))
    return comps


print(bfs("a"))
dist, prev = dijkstra("a")
print(sorted(dist.items()), path_to(prev, "f"), path_to(prev, "d"))
print(components())

deps = {"app": ["lib", "utils", "log"], "lib": ["utils", "core"], "utils": ["core"], "log": ["core"], "core": [],
        "tests": ["app", "mock"], "mock": []}


def toposort(deps):
    state, order = {}, []
    def visit(n, trail):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError(f"cycle: {trail + [n]}")
        state[n] = "active"
        for d in deps[n]:
            visit(d, trail + [n])
        state[n] = "done"
        order.append(n)
    for n in deps:
        visit(n, [])
    return order


print(toposort(deps))
deps["core"].append("app")
try:
    toposort(deps)
except ValueError as e:
    print("error", e)

maze = ["S.#.......", ".##.####.#", "....#..#..", "##.##.##.#", "...#...#..", ".#...#...E"]
rows, cols = len(maze), len(maze[0])
walls = {(r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "#"}
start = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "S")
end = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "E")
came = {start: None}
frontier = [start]
while frontier:
    nxt_frontier = []
    for r, c in frontier:
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            cell = (r + dr, c + dc)
            if 0 <= cell[0] < rows and 0 <= cell[1] < cols and cell not in walls and cell not in came:
                came[cell] = (r, c)
                nxt_frontier.append(cell)
    frontier = nxt_frontier
path, cell = [], end
while cell:
    path.append(cell)
    cell = came[cell]
print(len(path) - 1, path[::-1][:6], len(came))
degree = {node: len(adj) for node, adj in graph.items()}
print(max(degree.items(), key=lambda kv: kv[1]), sorted(degree.values()), sum(degree.values()) // 2)
