# Combinatorics by hand: permutations (lexicographic next-permutation and
# Heap's algorithm), combinations, the power set, N-queens counting with
# bitmasks and one board printed, derangements, Catalan numbers via
# balanced parentheses, and integer partitions.
def next_permutation(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return True


a = list("abc")
perms = ["".join(a)]
while next_permutation(a):
    perms.append("".join(a))
print(perms)
a = [1, 1, 2]
out = [tuple(a)]
while next_permutation(a):
    out.append(tuple(a))
print(out)


def heap_permutations(items):
    a = list(items)
    n = len(a)
    c = [0] * n
    yield tuple(a)
    i = 0
    while i < n:
        if c[i] < i:
            if i % 2 == 0:
                a[0], a[i] = a[i], a[0]
            else:
                a[c[i]], a[i] = a[i], a[c[i]]
            yield tuple(a)
            c[i] += 1
            i = 0
        else:
            c[i] = 0
            i += 1


hp = list(heap_permutations(range(4)))
print(len(hp), len(set(hp)), hp[:6])


def combinations(items, k):
    items = list(items)
    n = len(items)
    if k > n:
        return
    idx = list(range(k))
    yield tuple(items[i] for i in idx)
    while True:
        for i in reversed(range(k)):
            if idx[i] != i + n - k:
                break
        else:
            return
        idx[i] += 1
        for j in range(i + 1, k):
            idx[j] = idx[j - 1] + 1
        yield tuple(items[i] for i in idx)


print(list(combinations("ABCD", 2)), len(list(combinations(range(10), 4))), list(combinations("ab", 3)))
print([sorted(s) for s in sorted(({x for i, x in enumerate("xyz") if mask >> i & 1} for mask in range(8)),
                                 key=lambda s: (len(s), sorted(s)))])


def queens(n):
    full = (1 << n) - 1
    count = 0
    first = None
    stack = [(0, 0, 0, [])]
    while stack:
        cols, d1, d2, placed = stack.pop()
        if cols == full:
            count += 1
            if first is None:
                first = placed
            continue
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            stack.append((cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1, placed + [bit.bit_length() - 1]))
    return count, first


for n in range(1, 10):
    print(n, queens(n)[0], end="; ")
print()
count, board = queens(8)
for col in board:
    print(" ".join("Q" if c == col else "." for c in range(8)))


def derangements(n):
    d = [1, 0]
    for i in range(2, n + 1):
        d.append((i - 1) * (d[-1] + d[-2]))
    return d[:n + 1]


print(derangements(10))


def parens(n, open_=0, close=0, cur=""):
    if len(cur) == 2 * n:
        yield cur
        return
    if open_ < n:
        yield from parens(n, open_ + 1, close, cur + "(")
    if close < open_:
        yield from parens(n, open_, close + 1, cur + ")")


print(list(parens(3)), [len(list(parens(k))) for k in range(8)])


def partitions(n, max_part=None):
    max_part = n if max_part is None else max_part
    if n == 0:
        yield ()
        return
    for k in range(min(n, max_part), 0, -1):
        for rest in partitions(n - k, k):
            yield (k,) + rest


print(list(partitions(5)), [sum(1 for _ in partitions(k)) for k in range(15)])
