# Dynamic programming collection: coin change (count and min coins with
# reconstruction), LCS with the actual subsequence, matrix-chain order with
# parenthesization, rod cutting, word break with all segmentations, equal
# subset partition, longest palindromic subsequence, and the number of
# unique BST shapes (Catalan) with memoization via a dict-backed decorator.
def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    return wrapper


def coin_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]


def min_coins(coins, amount):
    INF = float("inf")
    best = [0] + [INF] * amount
    pick = [None] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a], pick[a] = best[a - c] + 1, c
    if best[amount] == INF:
        return None
    out, a = [], amount
    while a:
        out.append(pick[a])
        a -= pick[a]
    return sorted(out, reverse=True)


def lcs(a, b):
    m, n = len(a), len(b)
    t = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    out, i, j = [], 0, 0
    while i < m and j < n:
        if a[i] == b[j]:
            out.append(a[i])
            i, j = i + 1, j + 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = float("inf")
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if c < cost[i][j]:
                    cost[i][j], split[i][j] = c, k

    def paren(i, j):
        if i == j:
            return chr(ord("A") + i)
        return f"({paren(i, split[i][j])}{paren(split[i][j] + 1, j)})"

    return cost[0][n - 1], paren(0, n - 1)


def rod_cut(prices, n):
    best = [0] * (n + 1)
    first = [0] * (n + 1)
    for length in range(1, n + 1):
        for cut in range(1, min(length, len(prices)) + 1):
            v = prices[cut - 1] + best[length - cut]
            if v > best[length]:
                best[length], first[length] = v, cut
    pieces = []
    while n:
        pieces.append(first[n])
        n -= first[n]
    return best[len(best) - 1], pieces


def word_break(s, words):
    @memoize
    def go(i):
        if i == len(s):
            return [[]]
        out = []
        for w in words:
            if s.startswith(w, i):
                out += [[w] + rest for rest in go(i + len(w))]
        return out

    return [" ".join(p) for p in go(0)], len(go.cache)


def can_partition(nums):
    total = sum(nums)
    if total % 2:
        return None
    reach = {0: []}
    for x in nums:
        for s, picked in list(reach.items()):
            if s + x not in reach:
                reach[s + x] = picked + [x]
    return reach.get(total // 2)


@memoize
def lps(s):
    if len(s) <= 1:
        return len(s)
    if s[0] == s[-1]:
        return 2 + lps(s[1:-1])
    return max(lps(s[1:]), lps(s[:-1]))


@memoize
def bst_shapes(n):
    if n <= 1:
        return 1
    return sum(bst_shapes(i) * bst_shapes(n - 1 - i) for i in range(n))


print(coin_ways([1, 2, 5], 11), coin_ways([2, 5, 3, 6], 10), coin_ways([1, 5, 10, 25, 50, 100], 300))
print(min_coins([1, 5, 10, 25], 63), min_coins([1, 3, 4], 6), min_coins([5, 7], 3), min_coins([2], 0))
for a, b in (("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("dynamic", "programming"), ("", "x")):
    print(a, b, repr(lcs(a, b)))
print(matrix_chain([40, 20, 30, 10, 30]), matrix_chain([10, 20, 30, 40, 30]), matrix_chain([5, 10]))
print(rod_cut([1, 5, 8, 9, 10, 17, 17, 20], 8), rod_cut([3, 5, 8, 9, 10, 17, 17, 20], 8), rod_cut([2], 5))
sentences, states = word_break("catsanddogs", ["cat", "cats", "and", "sand", "dog", "dogs", "s"])
print(sentences, states)
print(word_break("pineapplepenapple", ["apple", "pen", "applepen", "pine", "pineapple"])[0])
print(word_break("aaaaaaa", ["aaaa", "aaa"])[0], word_break("abc", ["ab"])[0])
for nums in ([1, 5, 11, 5], [1, 2, 3, 5], [3, 3, 3, 4, 5], [2, 2]):
    print(nums, can_partition(nums))
for s in ("bbbab", "cbbd", "character", "racecarxyz"):
    print(s, lps(s))
print([bst_shapes(n) for n in range(12)], len(bst_shapes.cache), bst_shapes.__name__)
