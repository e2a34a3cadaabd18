# Attribute values kept in the instance's own block: growing past it, a
# __dict__ made from it, deletes, __class__ assignment, cycles.
class P:
    def __init__(self, a): self.a = a; self.b = a + 1
ps = [P(i) for i in range(3)]
for i, p in enumerate(ps):
    for k in range(i * 5):
        setattr(p, f"x{k}", k)
print([sorted(vars(p)) [:4] for p in ps], ps[2].x9)
q = P(5)
d = q.__dict__
d["z"] = 1
print(q.z, q.a, sorted(d))
r = P(6); del r.a; r.c = 3; print(vars(r))
class Q:
    def __init__(self, a): self.a = a; self.b = 2
s = P(1); s.__class__ = Q; print(type(s).__name__, s.a, s.b); s.n = 9; print(vars(s))
class Node:
    def __init__(self): self.other = None
for i in range(3000):
    x = Node(); y = Node(); x.other = y; y.other = x
many = [P(i) for i in range(10)]
for m in many:
    for k in range(40): setattr(m, "k%d" % k, k)
print(sum(m.k39 for m in many), len(vars(many[0])))
