# More graph algorithms on small weighted digraphs: Floyd-Warshall with
# path reconstruction, Bellman-Ford with negative edges and negative cycle
# detection, Tarjan's strongly connected components (iterative), Kahn's
# topological order with cycle reporting, and bipartiteness by BFS colouring.
INF = float("inf")
edges = [("a", "b", 3), ("a", "c", 8), ("a", "e", -4), ("b", "d", 1), ("b", "e", 7), ("c", "b", 4),
         ("d", "a", 2), ("d", "c", -5), ("e", "d", 6)]
nodes = sorted({u for u, _, _ in edges} | {v for _, v, _ in edges})


def floyd_warshall(nodes, edges):
    dist = {(u, v): 0 if u == v else INF for u in nodes for v in nodes}
    nxt = {}
    for u, v, w in edges:
        dist[u, v] = w
        nxt[u, v] = v
    for k in nodes:
        for i in nodes:
            dik = dist[i, k]
            if dik == INF:
                continue
            for j in nodes:
                if dik + dist[k, j] < dist[i, j]:
                    dist[i, j] = dik + dist[k, j]
                    nxt[i, j] = nxt[i, k]
    return dist, nxt


def path(nxt, u, v):
    if (u, v) not in nxt:
        return [u] if u == v else None
    out = [u]
    while u != v:
        u = nxt[u, v]
        out.append(u)
    return out


dist, nxt = floyd_warshall(nodes, edges)
print("    " + "".join(f"{v:>4}" for v in nodes))
for u in nodes:
    print(f"{u:>4}" + "".join(f"{dist[u, v]:>4}" for v in nodes))
print(path(nxt, "a", "b"), path(nxt, "c", "e"), path(nxt, "e", "e"))


def bellman_ford(nodes, edges, src):
    d = {n: INF for n in nodes}
    d[src] = 0
    pred = {}
    for _ in range(len(nodes) - 1):
        changed = False
        for u, v, w in edges:
            if d[u] + w < d[v]:
                d[v] = d[u] + w
                pred[v] = u
                changed = True
        if not changed:
            break
    for u, v, w in edges:
        if d[u] + w < d[v]:
            cycle, x = [], v
            for _ in range(len(nodes)):
                x = pred[x]
            start = x
            while True:
                cycle.append(x)
                x = pred[x]
                if x == start:
                    break
            return None, cycle[::-1]
    return d, None


print(bellman_ford(nodes, edges, "a"))
print(bellman_ford(nodes, edges + [("c", "a", -10)], "a"))


def tarjan(graph):
    index, low, on_stack, stack, sccs = {}, {}, set(), [], []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(graph.get(w, ())))))
                    advanced = True
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                sccs.append(sorted(comp))
    return sccs


g = {1: [2], 2: [3], 3: [1, 4], 4: [5], 5: [6], 6: [4, 7], 7: [], 8: [7, 8]}
print(tarjan(g))


def kahn(graph):
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] = indeg.get(m, 0) + 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in sorted(graph.get(n, ())):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    leftover = sorted(n for n, d in indeg.items() if d > 0)
    return order, leftover


deps = {"app": ["lib", "log"], "lib": ["core"], "log": ["core"], "core": [], "test": ["app"]}
print(kahn({k: v for k, v in deps.items()}))
print(kahn({"x": ["y"], "y": ["z"], "z": ["x"], "w": ["x"]}))


def bipartite(graph):
    color = {}
    for start in sorted(graph):
        if start in color:
            continue
        color[start] = 0
        queue = [start]
        while queue:
            u = queue.pop(0)
            for v in graph[u]:
                if v not in color:
                    color[v] = 1 - color[u]
                    queue.append(v)
                elif color[v] == color[u]:
                    return False, (u, v)
    return True, sorted(n for n, c in color.items() if c == 0)


square = {1: [2, 4], 2: [1, 3], 3: [2, 4], 4: [3, 1]}
triangle = {1: [2, 3], 2: [1, 3], 3: [1, 2]}
print(bipartite(square), bipartite(triangle))
