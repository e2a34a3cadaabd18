# range with bounds and steps beyond 64 bits: construction, len, items,
# slices, searching, iteration (forward and reversed), equality and hashing.
B = 2**64
H = 2**100


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


r = range(B)
print(r, r.start, r.stop, r.step, bool(r))
show("len", lambda: len(r))
show("__len__", lambda: r.__len__())
show("list", lambda: list(r))
show("list(iter)", lambda: list(iter(r)))
print(range(B, B + 5), list(range(B, B + 5)), len(range(B, B + 5)))
print(range(-H, -H + 10, 3), list(range(-H, -H + 10, 3)))
print(range(H, H - 10, -4), list(range(H, H - 10, -4)))
print(range(0, H, H // 3), list(range(0, H, H // 3)))
print(list(range(5, 0, -B)), list(range(0, 5, B)), list(range(3, 10**30, 10**29)))
print(range(B, 0), bool(range(B, 0)), len(range(B, 0)), list(range(B, 0)))
show("zero step", lambda: range(0, H, 0))
show("zero step big", lambda: range(H, 1, 0))
show("float", lambda: range(H, 1.5))

# items and slices
big = range(-H, H, 7)
print(big[0], big[1], big[-1], big[-2], big[H // 7])
show("index past end", lambda: big[2 * H])
show("index before start", lambda: big[-2 * H])
show("small range, big index", lambda: range(10)[B])
show("small range, big negative index", lambda: range(10)[-B])
print(big[::2], big[H // 7:], big[:-3], big[::-1], big[5:2], big[::H])
print(big[10:20:3], list(big[10:20:3]), big[-5::-B])
print(range(10)[::B], range(10)[::-B], range(10)[B:], range(10)[-B:], range(10)[:-B], range(10)[2:B:3])
print(range(10)[::2**63], range(10)[::-2**63], range(0, 2**63 - 1, 2**62)[::-1])
show("slice step zero", lambda: big[::0])
show("slice float", lambda: big[1.5:])
show("bad index", lambda: big["a"])

# searching
print(-H in big, -H + 7 in big, -H + 8 in big, H in big, H - 1 in big, H - 2 in big)
print(True in range(-B, B), False in range(1, B), 5.0 in range(B), 7.5 in range(B, B + 5))
print(big.index(-H + 70), big.count(-H + 70), big.count(-H + 71), big.count(H + 7))
print(range(B, 0, -1).index(B), range(B, 0, -1).index(1), range(B).index(True))
show("index missing", lambda: big.index(0))
show("index missing float", lambda: range(B, B + 3).index(0.5))
print(range(B, B + 3).index(B + 2.0), range(B, B + 3).count(float(B)))
print(range(-B, 0, B // 2).count(-B), range(3 * B, 0, -B).index(B))

# iteration
it = iter(range(B, B + 3))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
rev = reversed(range(B, B + 10, 4))
print(type(rev).__name__, rev.__length_hint__(), list(rev))
print(list(reversed(range(H, -H, -H // 2))), list(reversed(range(B, B))))
for x in range(H, H + 3):
    print(x, end=" ")
print()
total = 0
for x in range(2**63 - 3, 2**63 + 3):
    total += x
print(total)
print(sorted(range(B + 3, B, -1)), tuple(range(-B, -B + 2)), [*range(B, B + 2)])
print(max(range(B, B + 5)), min(range(-B, 0, B // 4)), sum(range(B, B + 4)))

# which iterator CPython picks near the int64 edges
for rr in [range(0, 2**63 - 1, 2), range(0, 2**63 - 1), range(0, 2**63 - 2, 2), range(-2**63, 2**63 - 1),
           range(-2**63, 0), range(2**63 - 1, -2**63, -1), range(2**63 - 1, -2**63 + 1, -1),
           range(2**63 - 1, -2**63 + 2, -2), range(2**63), range(-2**63 + 1, 0)]:
    print(rr, type(iter(rr)).__name__, type(reversed(rr)).__name__)
print(type(reversed(range(0, 10, -2**63))).__name__, type(reversed(range(2**63 - 1, 0, -1))).__name__,
      type(reversed(range(2**63 - 2, 0, -1))).__name__)
print(next(reversed(range(-2**63, 0))), next(reversed(range(2**63 - 1, 0, -1))), next(iter(range(-2**63, 0))))
print(list(reversed(range(0, 10, -2**63))), list(reversed(range(10, 0, -2**63))))

# equality and hashing: ranges compare as sequences
print(range(B, B) == range(0), range(B, B + 1) == range(B, B + 2, 5), range(0, B, 2) == range(0, B + 1, 2))
print(range(0, B, 2) == range(0, B - 1, 2), range(0, B, 2) != range(0, B, 3), range(B) == range(B))
print(hash(range(B, B + 1)) == hash(range(B, B + 2, 5)), hash(range(B, B)) == hash(range(0)))
print(hash(range(0, H, 3)) == hash(range(0, H - 1, 3)), hash(range(0, H, 3)) == hash(range(0, H, 5)))
print({range(B, B + 3, 2): 1}[range(B, B + 4, 2)])
show("order", lambda: range(H) < range(H))
print(range(B).__reduce__(), range(-H, H, 7).__reduce__())
print(repr(range(-B, -1)), str(range(0, -B, -1)), range(True, B, True))
