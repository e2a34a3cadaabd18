# More ranges beyond 64 bits: edges of int64, __index__ objects, errors.
B = 2**64
print(range(B)[::-1], range(-B, B, 3)[::-2], range(B, -B, -5)[1::3])
print(range(10**20).index(10**19), range(10**20)[10**19:10**19 + 3], 10**19 in range(10**20))
print(range(B) == [1], range(B) != (1,), range(B).__eq__(3))
print(range(0, B, 2)[B // 2 - 1], range(0, -B, -2)[-1])
print(range(B).count(B), range(B).count(B - 1), range(B).count(-1), range(B).count(True))
print(B - 1 in range(B), B in range(B), -1 in range(B), 0 in range(B, 0))
print(list(range(B + 10, B, -3)), list(reversed(range(B + 10, B, -3))))
print(range(B, B + 10, 3) == range(B, B + 11, 3), range(B, B + 10, 3) == range(B, B + 9, 3))
r = range(2**63 - 2, 2**63 + 2)
print(list(r), list(reversed(r)), len(r), r[-1], r[3], r[1:3])
r = range(-2**63 - 2, -2**63 + 2)
print(list(r), list(reversed(r)), r.index(-2**63), (-2**63) in r)
print(range(B, 2 * B, B // 2), list(range(B, 2 * B, B // 2)))
it = iter(range(B, B + 2))
print(next(it), next(it), next(it, "done"), it.__length_hint__())
class I:
    def __index__(self):
        return 2**70
print(range(I()), range(I(), 0, -2**69), range(10)[:I()], range(10)[I():])
try:
    range(B)["x":]
except TypeError as e:
    print(e)
try:
    range(1.0, B)
except TypeError as e:
    print(e)
try:
    range(B, 1.0)
except TypeError as e:
    print(e)
try:
    range(B, 5, "a")
except TypeError as e:
    print(e)
print(bool(range(B, B + 1, -1)), bool(range(-B)), range(0, B, B))
d = {range(B): "a"}
print(d[range(0, B, 1)])
print(len(range(2**63 - 1)), len(range(-2**63, -1)))
try:
    len(range(-2**63, 0))
except OverflowError as e:
    print(e)
