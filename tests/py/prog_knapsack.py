# Knapsack problems: 0/1 knapsack with item recovery (table and 1-D array),
# unbounded knapsack, bounded counts by binary splitting, the fractional
# greedy version with Fractions done by hand, and subset sum / partition.
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60),
         ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30), ("beer", 52, 10),
         ("suntan cream", 11, 70), ("camera", 32, 30), ("t-shirt", 24, 15), ("trousers", 48, 10),
         ("umbrella", 73, 40), ("waterproof trousers", 42, 70), ("waterproof overclothes", 43, 75),
         ("note-case", 22, 80), ("sunglasses", 7, 20), ("towel", 18, 12), ("socks", 4, 50), ("book", 30, 10)]


def knapsack_table(items, capacity):
    n = len(items)
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        _, w, v = items[i - 1]
        row, prev = best[i], best[i - 1]
        for c in range(capacity + 1):
            row[c] = prev[c]
            if w <= c and prev[c - w] + v > row[c]:
                row[c] = prev[c - w] + v
    chosen, c = [], capacity
    for i in range(n, 0, -1):
        if best[i][c] != best[i - 1][c]:
            name, w, _ = items[i - 1]
            chosen.append(name)
            c -= w
    return best[n][capacity], sorted(chosen)


def knapsack_1d(items, capacity):
    dp = [0] * (capacity + 1)
    for _, w, v in items:
        for c in range(capacity, w - 1, -1):
            if dp[c - w] + v > dp[c]:
                dp[c] = dp[c - w] + v
    return dp[capacity]


value, chosen = knapsack_table(items, 400)
print(value, knapsack_1d(items, 400), sum(w for n, w, _ in items if n in chosen))
print(", ".join(chosen))


def unbounded(items, capacity):
    dp = [0] * (capacity + 1)
    choice = [None] * (capacity + 1)
    for c in range(1, capacity + 1):
        for name, w, v in items:
            if w <= c and dp[c - w] + v > dp[c]:
                dp[c] = dp[c - w] + v
                choice[c] = name
    counts, c = {}, capacity
    while c > 0 and choice[c] is not None:
        name = choice[c]
        counts[name] = counts.get(name, 0) + 1
        c -= next(w for n, w, _ in items if n == name)
    return dp[capacity], sorted(counts.items())


print(unbounded([("gold", 7, 25), ("silver", 4, 13), ("bronze", 3, 9)], 50))


def bounded(items_with_counts, capacity):
    expanded = []
    for name, w, v, count in items_with_counts:
        k = 1
        while count > 0:
            take = min(k, count)
            expanded.append((f"{name}x{take}", w * take, v * take))
            count -= take
            k *= 2
    return knapsack_table(expanded, capacity)


print(bounded([("bar", 5, 10, 3), ("coin", 1, 1, 10), ("gem", 4, 9, 2)], 20))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


class Frac:
    def __init__(self, n, d=1):
        g = gcd(abs(n), abs(d)) or 1
        if d < 0:
            n, d = -n, -d
        self.n, self.d = n // g, d // g

    def __add__(self, o):
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    def __mul__(self, o):
        return Frac(self.n * o.n, self.d * o.d)

    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)


def fractional(items, capacity):
    total, left = Frac(0), capacity
    for name, w, v in sorted(items, key=lambda it: it[2] / it[1], reverse=True):
        if left == 0:
            break
        take = min(w, left)
        total = total + Frac(v) * Frac(take, w)
        left -= take
        print(f"  take {take}/{w} of {name}")
    return total


print(fractional([("a", 10, 60), ("b", 20, 100), ("c", 30, 120)], 50))


def subset_sum(nums, target):
    reachable = {0: []}
    for n in nums:
        for s, path in list(reachable.items()):
            if s + n <= target and s + n not in reachable:
                reachable[s + n] = path + [n]
    return reachable.get(target)


print(subset_sum([3, 34, 4, 12, 5, 2], 9), subset_sum([3, 34, 4, 12, 5, 2], 30), subset_sum([1, 2], 4))


def can_partition(nums):
    total = sum(nums)
    if total % 2:
        return False
    bits = 1
    for n in nums:
        bits |= bits << n
    return bool(bits >> (total // 2) & 1)


print([can_partition(x) for x in ([1, 5, 11, 5], [1, 2, 3, 5], [2, 2], [100] * 30 + [1, 1])])
