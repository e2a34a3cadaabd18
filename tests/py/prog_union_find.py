# Union-find with path compression and union by rank: Kruskal's minimum
# spanning tree, counting islands on a grid, detecting a cycle, and
# grouping accounts that share an email address.
class DisjointSet:
    def __init__(self, items=()):
        self.parent = {}
        self.rank = {}
        self.size = {}
        for item in items:
            self.add(item)

    def add(self, x):
        if x not in self.parent:
            self.parent[x] = x
            self.rank[x] = 0
            self.size[x] = 1

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())


edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"), (5, "C", "E"), (15, "D", "E"),
         (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]
ds = DisjointSet("ABCDEFG")
tree = []
for w, u, v in sorted(edges):
    if ds.union(u, v):
        tree.append((u, v, w))
print("MST:", tree, "weight", sum(w for _, _, w in tree))
print("one component:", ds.groups())

grid = """
11000110
11000100
00100001
00011011
10000011
""".split()
ds = DisjointSet()
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "1":
            ds.add((r, c))
            for dr, dc in ((-1, 0), (0, -1)):
                nr, nc = r + dr, c + dc
                if nr >= 0 and nc >= 0 and grid[nr][nc] == "1":
                    ds.union((r, c), (nr, nc))
islands = ds.groups()
print("islands:", len(islands), "sizes:", sorted(len(g) for g in islands))


def has_cycle(n, edge_list):
    d = DisjointSet(range(n))
    for a, b in edge_list:
        if not d.union(a, b):
            return (a, b)
    return None


print(has_cycle(4, [(0, 1), (1, 2), (2, 3)]), has_cycle(4, [(0, 1), (1, 2), (2, 0), (2, 3)]))
accounts = [
    ("John", ["johnsmith@mail.com", "john_newyork@mail.com"]),
    ("John", ["johnsmith@mail.com", "john00@mail.com"]),
    ("Mary", ["mary@mail.com"]),
    ("John", ["johnnybravo@mail.com"]),
    ("Mary", ["m2@mail.com", "mary@mail.com", "m3@mail.com"]),
]
ds = DisjointSet()
owner = {}
for i, (name, emails) in enumerate(accounts):
    for e in emails:
        ds.add(e)
        owner[e] = name
        ds.union(emails[0], e)
for group in ds.groups():
    print(owner[group[0]], group)
big = DisjointSet(range(1000))
for i in range(0, 1000, 2):
    big.union(i, (i * 7 + 3) % 1000)
roots = {big.find(i) for i in range(1000)}
print(len(roots), max(big.size[r] for r in roots), sum(big.size[r] for r in roots))
