# Graph algorithms on weighted graphs: Edmonds-Karp maximum flow with the
# min cut, Kruskal (union-find) and Prim (hand-written binary heap) minimum
# spanning trees agreeing, Bellman-Ford with a negative cycle check, and
# Floyd-Warshall with path reconstruction.
INF = float("inf")


class Heap:
    def __init__(self):
        self.a = []

    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[p] <= a[i]:
                break
            a[p], a[i] = a[i], a[p]
            i = p

    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[m], a[i] = a[i], a[m]
                i = m
        return top

    def __len__(self):
        return len(self.a)


def max_flow(cap, s, t):
    n = len(cap)
    flow = [[0] * n for _ in range(n)]
    total = 0
    paths = []
    while True:
        parent = [-1] * n
        parent[s] = s
        queue = [s]
        for u in queue:
            for v in range(n):
                if parent[v] == -1 and cap[u][v] - flow[u][v] > 0:
                    parent[v] = u
                    queue.append(v)
        if parent[t] == -1:
            break
        bottleneck, v = INF, t
        path = [t]
        while v != s:
            u = parent[v]
            bottleneck = min(bottleneck, cap[u][v] - flow[u][v])
            v = u
            path.append(v)
        v = t
        while v != s:
            u = parent[v]
            flow[u][v] += bottleneck
            flow[v][u] -= bottleneck
            v = u
        total += bottleneck
        paths.append((path[::-1], bottleneck))
    reach = {s}
    stack = [s]
    while stack:
        u = stack.pop()
        for v in range(n):
            if v not in reach and cap[u][v] - flow[u][v] > 0:
                reach.add(v)
                stack.append(v)
    cut = sorted((u, v) for u in reach for v in range(n) if v not in reach and cap[u][v] > 0)
    return total, paths, cut


cap = [[0, 16, 13, 0, 0, 0],
       [0, 0, 10, 12, 0, 0],
       [0, 4, 0, 0, 14, 0],
       [0, 0, 9, 0, 0, 20],
       [0, 0, 0, 7, 0, 4],
       [0, 0, 0, 0, 0, 0]]
total, paths, cut = max_flow(cap, 0, 5)
print("max flow", total)
for p, b in paths:
    print("  augment", "->".join(map(str, p)), "by", b)
print("min cut", cut, "capacity", sum(cap[u][v] for u, v in cut))

edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"), (5, "C", "E"), (15, "D", "E"),
         (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]


def kruskal(nodes, edges):
    parent = {v: v for v in nodes}
    rank = dict.fromkeys(nodes, 0)

    def find(v):
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    tree = []
    for w, a, b in sorted(edges):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if rank[ra] < rank[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        rank[ra] += rank[ra] == rank[rb]
        tree.append((a, b, w))
    return tree


def prim(nodes, edges, start):
    adj = {v: [] for v in nodes}
    for w, a, b in edges:
        adj[a].append((w, b))
        adj[b].append((w, a))
    seen = {start}
    heap = Heap()
    for w, b in adj[start]:
        heap.push((w, start, b))
    tree = []
    while heap and len(seen) < len(nodes):
        w, a, b = heap.pop()
        if b in seen:
            continue
        seen.add(b)
        tree.append((a, b, w))
        for w2, c in adj[b]:
            if c not in seen:
                heap.push((w2, b, c))
    return tree


nodes = sorted({v for _, a, b in edges for v in (a, b)})
k, p = kruskal(nodes, edges), prim(nodes, edges, "A")
print("kruskal", k, sum(w for *_, w in k))
print("prim   ", p, sum(w for *_, w in p))
print("same edge set:", sorted(tuple(sorted(e[:2])) for e in k) == sorted(tuple(sorted(e[:2])) for e in p))


def bellman_ford(n, edges, src):
    dist = [INF] * n
    pred = [None] * n
    dist[src] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v], pred[v] = dist[u] + w, u
                changed = True
        if not changed:
            break
    for u, v, w in edges:
        if dist[u] + w < dist[v]:
            raise ValueError(f"negative cycle reachable through edge {u}->{v}")
    return dist, pred


g = [(0, 1, 6), (0, 2, 7), (1, 2, 8), (1, 3, 5), (1, 4, -4), (2, 3, -3), (2, 4, 9), (3, 1, -2), (4, 0, 2), (4, 3, 7)]
dist, pred = bellman_ford(5, g, 0)
print("bellman-ford", dist, pred)
try:
    bellman_ford(3, [(0, 1, 1), (1, 2, -2), (2, 1, 1)], 0)
except ValueError as e:
    print("ValueError:", e)


def floyd(n, edges):
    d = [[0 if i == j else INF for j in range(n)] for i in range(n)]
    nxt = [[j if i == j else None for j in range(n)] for i in range(n)]
    for u, v, w in edges:
        d[u][v] = w
        nxt[u][v] = v
    for k in range(n):
        for i in range(n):
            dik = d[i][k]
            if dik == INF:
                continue
            for j in range(n):
                if dik + d[k][j] < d[i][j]:
                    d[i][j] = dik + d[k][j]
                    nxt[i][j] = nxt[i][k]
    return d, nxt


def path(nxt, u, v):
    if nxt[u][v] is None:
        return []
    out = [u]
    while u != v:
        u = nxt[u][v]
        out.append(u)
    return out


d, nxt = floyd(5, g)
for row in d:
    print(" ".join(f"{x:>4}" for x in row))
print(path(nxt, 0, 3), path(nxt, 4, 2), path(nxt, 3, 4))
