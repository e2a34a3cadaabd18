# Sorting: stability across multiple passes, key functions, reverse keeping
# stability, sorting mixed-but-comparable values, custom __lt__ only, errors
# raised from keys and comparisons, and the list being visibly empty while it
# is sorted.
records = [("alice", "eng", 30), ("bob", "ops", 25), ("carol", "eng", 25), ("dave", "ops", 30), ("eve", "eng", 35),
           ("frank", "hr", 25), ("grace", "hr", 30), ("heidi", "eng", 25)]
by_age = sorted(records, key=lambda r: r[2])
print([r[0] for r in by_age])
two_pass = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1])
print([(r[1], r[0]) for r in two_pass])
print([r[0] for r in sorted(records, key=lambda r: r[2], reverse=True)])
print([r[0] for r in sorted(records, key=lambda r: (r[1], -r[2]))])
rev = records[:]
rev.sort(key=lambda r: r[1], reverse=True)
print([r[0] for r in rev])
print(sorted("The quick Brown fox Jumps".split(), key=str.lower))
print(sorted("The quick Brown fox Jumps".split()))
print(sorted([3, 1.5, True, -2, 0.0, False]), sorted([1, True, 1.0]), sorted([True, 1, 1.0]))
print(sorted({"b": 1, "a": 2, "c": 0}), sorted({"b": 1, "a": 2, "c": 0}.items(), key=lambda kv: kv[1]))
print(sorted(range(20), key=lambda x: x % 3), sorted("banana"), sorted((), reverse=True))


class Card:
    order = "23456789TJQKA"

    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]

    def __lt__(self, other):
        return Card.order.index(self.rank) < Card.order.index(other.rank)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(c) for c in "KH 2C TD 2S AH KS 9C 2H".split()]
print(sorted(hand), max(hand), min(hand))
print(sorted(hand, reverse=True))


class Cmp:
    count = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Cmp.count += 1
        return self.v < other.v


items = [Cmp(v) for v in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0] * 3]
items.sort()
print([c.v for c in items], Cmp.count > 0)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, None])
except TypeError as e:
    print("TypeError:", e)


def bad_key(x):
    if x == 3:
        raise KeyError("three")
    return x


data = [5, 4, 3, 2, 1]
try:
    data.sort(key=bad_key)
except KeyError as e:
    print("KeyError:", e, data)
snapshot = []
lst = [3, 1, 2]


def peek(x):
    snapshot.append(len(lst))
    return x


lst.sort(key=peek)
print(lst, snapshot)


def mutate(x):
    lst.append(x)
    return x


try:
    lst.sort(key=mutate)
except ValueError as e:
    print("ValueError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    [].sort(cmp=None)
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, "b"], [1, "z"], [2, "a"], [1]]), sorted([(1, 2), (1,), ()]))
words = "one two three four five six seven eight nine ten eleven twelve".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[::-1])[:4], list(reversed(sorted(words)))[:3])
print(sorted([-3, 2, -1, 4], key=abs), sorted([1e-9, -1e9, 0], key=float), sorted(["10", "9", "100"], key=int))
big = [(i * 7919) % 1009 for i in range(2000)]
sb = sorted(big)
print(sb[:5], sb[-5:], all(sb[i] <= sb[i + 1] for i in range(len(sb) - 1)))
pairs = [(i % 10, i) for i in range(100)]
sp = sorted(pairs, key=lambda p: p[0])
print(all(sp[i][1] < sp[i + 1][1] for i in range(99) if sp[i][0] == sp[i + 1][0]))
