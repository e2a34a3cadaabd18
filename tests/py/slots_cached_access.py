# __slots__ members through the attribute caches: reads, writes, deletes,
# unset members, subclasses, and a class whose member is replaced later.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y

class Q(P):
    __slots__ = ("z",)

def total(points):
    t = 0
    for p in points:
        t += p.norm2() + p.x
    return t

pts = [P(i, i + 1) for i in range(50)] + [Q(i, -i) for i in range(50)]
print(total(pts), total(pts))
for p in pts[:3]:
    p.x = p.x + 100
print([p.x for p in pts[:4]])
del pts[0].y
try:
    pts[0].norm2()
except AttributeError as e:
    print("AttributeError:", e)
pts[0].y = 7
print(pts[0].norm2())
q = Q(1, 2)
try:
    print(q.z)
except AttributeError as e:
    print("AttributeError:", e)
q.z = 5
print(q.z, q.x, q.y)
P.x = property(lambda self: "replaced")
print(total.__name__, pts[1].x, q.x)
try:
    total(pts)
except TypeError as e:
    print("TypeError:", e)
