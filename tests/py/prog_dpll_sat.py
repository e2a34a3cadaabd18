# A DPLL SAT solver (unit propagation, pure literals, branching on the most
# frequent variable) used to solve N-queens, a graph colouring and a small
# logic puzzle encoded as CNF, with model verification.
class Solver:
    def __init__(self, clauses):
        self.clauses = [tuple(c) for c in clauses]
        self.decisions = 0
        self.propagations = 0

    def solve(self):
        return self.dpll(self.clauses, {})

    def simplify(self, clauses, lit):
        out = []
        for c in clauses:
            if lit in c:
                continue
            if -lit in c:
                c = tuple(x for x in c if x != -lit)
                if not c:
                    return None
            out.append(c)
        return out

    def dpll(self, clauses, model):
        while True:
            unit = next((c[0] for c in clauses if len(c) == 1), None)
            if unit is None:
                break
            self.propagations += 1
            model[abs(unit)] = unit > 0
            clauses = self.simplify(clauses, unit)
            if clauses is None:
                return None
        lits = {x for c in clauses for x in c}
        for x in sorted(lits):
            if -x not in lits:
                model[abs(x)] = x > 0
                clauses = self.simplify(clauses, x)
        if not clauses:
            return model
        counts = {}
        for c in clauses:
            for x in c:
                counts[abs(x)] = counts.get(abs(x), 0) + 1
        var = max(sorted(counts), key=lambda v: counts[v])
        for lit in (var, -var):
            self.decisions += 1
            reduced = self.simplify(clauses, lit)
            if reduced is not None:
                m = dict(model)
                m[var] = lit > 0
                result = self.dpll(reduced, m)
                if result is not None:
                    return result
        return None


def check(clauses, model):
    return all(any(model.get(abs(x), False) == (x > 0) for x in c) for c in clauses)


def queens(n):
    var = lambda r, c: r * n + c + 1
    cl = []
    for r in range(n):
        cl.append([var(r, c) for c in range(n)])
    cells = [(r, c) for r in range(n) for c in range(n)]
    for i, (r1, c1) in enumerate(cells):
        for r2, c2 in cells[i + 1:]:
            if r1 == r2 or c1 == c2 or abs(r1 - r2) == abs(c1 - c2):
                cl.append([-var(r1, c1), -var(r2, c2)])
    return cl, var


for n in (4, 6, 8, 3):
    cl, var = queens(n)
    s = Solver(cl)
    m = s.solve()
    if m is None:
        print(f"{n}-queens: unsatisfiable ({len(cl)} clauses)")
        continue
    print(f"{n}-queens: {len(cl)} clauses, verified={check(cl, m)}")
    for r in range(n):
        print("   " + " ".join("Q" if m.get(var(r, c)) else "." for c in range(n)))

edges = [(0, 1), (0, 2), (1, 2), (1, 3), (2, 3), (3, 4), (2, 4), (4, 5), (0, 5)]


def coloring(nv, edges, k):
    var = lambda v, c: v * k + c + 1
    cl = [[var(v, c) for c in range(k)] for v in range(nv)]
    for v in range(nv):
        for c1 in range(k):
            for c2 in range(c1 + 1, k):
                cl.append([-var(v, c1), -var(v, c2)])
    for a, b in edges:
        for c in range(k):
            cl.append([-var(a, c), -var(b, c)])
    return cl, var


for k in (2, 3):
    cl, var = coloring(6, edges, k)
    m = Solver(cl).solve()
    if m is None:
        print(f"{k}-colouring: impossible")
    else:
        colors = [next(c for c in range(k) if m.get(var(v, c))) for v in range(6)]
        print(f"{k}-colouring:", colors, all(colors[a] != colors[b] for a, b in edges))

# Puzzle: three people (A, B, C) each own one pet (cat, dog, fish).
# A does not own the dog; the cat owner is not C; B owns the fish or the cat; C does not own fish.
people, pets = "ABC", ["cat", "dog", "fish"]
V = lambda p, q: people.index(p) * 3 + pets.index(q) + 1
cl = []
for p in people:
    cl.append([V(p, q) for q in pets])
    for i in range(3):
        for j in range(i + 1, 3):
            cl.append([-V(p, pets[i]), -V(p, pets[j])])
for q in pets:
    for i in range(3):
        for j in range(i + 1, 3):
            cl.append([-V(people[i], q), -V(people[j], q)])
cl += [[-V("A", "dog")], [-V("C", "cat")], [V("B", "fish"), V("B", "cat")], [-V("C", "fish")]]
s = Solver(cl)
m = s.solve()
print({p: q for p in people for q in pets if m[V(p, q)]}, check(cl, m))
print(Solver([[1], [-1]]).solve(), Solver([]).solve(), Solver([[1, -1]]).solve())
