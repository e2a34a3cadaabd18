# Dynamic programming over lists and dicts: LCS, edit distance, knapsack,
# coin change, longest increasing subsequence, memoized partitions.
def lcs(a, b):
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                rows[i][j] = rows[i - 1][j - 1] + 1
            else:
                rows[i][j] = max(rows[i - 1][j], rows[i][j - 1])
    out = []
    i, j = len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif rows[i - 1][j] >= rows[i][j - 1]:
            i -= 1
        else:
            j -= 1
    out.reverse()
    return rows[-1][-1], out


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]


def knapsack(items, capacity):
    best = {0: (0, ())}
    for name, weight, value in items:
        for w, (v, chosen) in sorted(best.items(), reverse=True):
            nw = w + weight
            if nw <= capacity and best.get(nw, (-1,))[0] < v + value:
                best[nw] = (v + value, chosen + (name,))
    return max(best.values())


def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [None] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
            if fewest[x - c] is not None and (fewest[x] is None or fewest[x - c] + 1 < fewest[x]):
                fewest[x] = fewest[x - c] + 1
    return ways[amount], fewest[amount]


def lis(seq):
    tails, parent, index_at = [], {}, []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if seq[tails[mid]] < x:
                lo = mid + 1
            else:
                hi = mid
        parent[i] = tails[lo - 1] if lo else None
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    out, k = [], tails[-1] if tails else None
    while k is not None:
        out.append(seq[k])
        k = parent[k]
    return out[::-1]


memo = {}
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    key = (n, largest)
    if key not in memo:
        memo[key] = partitions(n - largest, largest) + partitions(n, largest - 1)
    return memo[key]


print(lcs("AGGTABQXYZ", "GXTXAYBQZ"))
print(lcs(list(range(0, 60, 3)), list(range(0, 60, 2))))
for a, b in (("kitten", "sitting"), ("", "abc"), ("flaw", "lawn"), ("intention", "execution"), ("same", "same")):
    print(a, b, edit_distance(a, b))
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60),
         ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30), ("beer", 52, 10),
         ("suntan", 11, 70), ("camera", 32, 30), ("tshirt", 24, 15), ("trousers", 48, 10)]
print(knapsack(items, 400))
print(coin_change([1, 2, 5, 10, 20, 50, 100, 200], 200), coin_change([7, 3], 11), coin_change([5], 3))
print(lis([3, 10, 2, 1, 20, 4, 6, 7, 30, 5, 8, 9, 50]), lis([]), lis([5, 4, 3]))
print([partitions(n, n) for n in range(1, 25)], len(memo))
grid = [[(r * 7 + c * 13) % 10 for c in range(12)] for r in range(10)]
cost = [row[:] for row in grid]
for r in range(len(cost)):
    for c in range(len(cost[0])):
        if r or c:
            cost[r][c] += min(cost[r - 1][c] if r else 10 ** 9, cost[r][c - 1] if c else 10 ** 9)
print(cost[-1][-1], [row[-1] for row in cost])
