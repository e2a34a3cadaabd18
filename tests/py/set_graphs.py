# Programs built on sets: graph search, components, topological order,
# a sieve, deduplication pipelines and a greedy set cover. Sets of ints and
# tuples print in CPython's order; sets of str are printed sorted.
edge_list = [(1, 2), (2, 3), (3, 1), (3, 4), (5, 6), (6, 7), (8, 8), (9, 10), (10, 11), (11, 9), (4, 12)]
nodes = set()
for u, v in edge_list:
    nodes |= {u, v}
print("nodes", nodes)

adj = {}
for n in nodes:
    adj[n] = set()
for u, v in edge_list:
    adj[u] = adj[u] | {v}
    adj[v] = adj[v] | {u}


def reachable(start):
    seen = {start}
    frontier = [start]
    i = 0
    while i < len(frontier):
        u = frontier[i]
        i += 1
        fresh = adj[u] - seen
        seen |= fresh
        for v in fresh:
            frontier = frontier + [v]
    return seen


print("from 1", reachable(1))
print("from 5", reachable(5))

remaining = set(nodes)
components = []
while remaining:
    start = 0
    for n in remaining:
        start = n
        break
    comp = reachable(start)
    components = components + [comp]
    remaining -= comp
print("components", components)
print("sizes", [len(c) for c in components])
print("isolated-ish", {n for n in nodes if len(adj[n] - {n}) <= 1})

# Kahn's algorithm over a dependency graph held as sets.
deps = {
    "app": {"lib", "log", "cfg"},
    "lib": {"core", "log"},
    "log": {"core"},
    "cfg": set(),
    "core": set(),
    "test": {"app", "mock"},
    "mock": {"core"},
}
names = ["app", "lib", "log", "cfg", "core", "test", "mock"]
done = set()
order = []
while len(done) < len(names):
    ready = {n for n in names if n not in done and deps[n] <= done}
    if not ready:
        print("cycle")
        break
    batch = sorted(ready)
    order = order + [batch]
    done |= ready
print("build order", order)
print("all deps known", set(names) >= {d for n in names for d in deps[n]})

# Sieve of Eratosthenes by set difference.
limit = 120
candidates = set(range(2, limit))
p = 2
while p * p < limit:
    if p in candidates:
        candidates -= set(range(p * p, limit, p))
    p += 1
print("primes", candidates)
print("twin primes", {(q, q + 2) for q in candidates if q + 2 in candidates})

# Deduplication pipelines.
readings = [5, 3, 5, 9, 3, 3, 1, 9, 12, 5, 40, 12]
unique = set(readings)
print("unique", unique, len(unique), len(readings))
first_seen = []
seen = set()
for r in readings:
    if r not in seen:
        seen |= {r}
        first_seen = first_seen + [r]
print("order kept", first_seen)
duplicates = set()
seen = set()
for r in readings:
    if r in seen:
        duplicates |= {r}
    seen |= {r}
print("duplicates", duplicates)

# Words: hashes of str differ between runs, so print sorted.
text = "the quick brown fox jumps over the lazy dog the fox"
words = set()
word = ""
for ch in text + " ":
    if ch == " ":
        if word:
            words |= {word}
        word = ""
    else:
        word = word + ch
print("words", sorted(words), len(words))
vowels = set("aeiou")
print("vowels used", sorted(vowels & set(text)), "missing", sorted(vowels - set(text)))
print("pangram", set("abcdefghijklmnopqrstuvwxyz") <= set(text))
print("letters", len(set(text) - {" "}))

# Greedy set cover.
universe = set(range(1, 16))
subsets = [
    frozenset({1, 2, 3, 8, 9, 10}),
    frozenset({1, 2, 3, 4, 5}),
    frozenset({4, 5, 7}),
    frozenset({5, 6, 7}),
    frozenset({6, 7, 8, 9, 10}),
    frozenset({11, 12, 13, 14, 15}),
    frozenset({1, 15}),
]
uncovered = set(universe)
chosen = []
while uncovered:
    best = None
    best_gain = 0
    for sub in subsets:
        gain = len(sub & uncovered)
        if gain > best_gain:
            best, best_gain = sub, gain
    if best is None:
        break
    chosen = chosen + [best]
    uncovered -= best
print("cover", chosen, uncovered)
print("cover size", len(chosen))

# Jaccard similarity of shingles.
def shingles(s):
    return {(s[i], s[i + 1], s[i + 2]) for i in range(len(s) - 2)}


a = shingles("abcdefgh")
b = shingles("abcxefgh")
print("jaccard", len(a & b), len(a | b), len(a & b) * 1000 // len(a | b), (a & b) == shingles("abc") | shingles("efgh"))
