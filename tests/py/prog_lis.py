# Longest increasing subsequence (quadratic DP with predecessor links and
# patience sorting with binary search), longest common subsequence with
# its text, longest palindromic subsequence, and maximum subarray
# (Kadane) with its bounds.
def lis_quadratic(seq):
    if not seq:
        return []
    length = [1] * len(seq)
    prev = [-1] * len(seq)
    for i in range(len(seq)):
        for j in range(i):
            if seq[j] < seq[i] and length[j] + 1 > length[i]:
                length[i] = length[j] + 1
                prev[i] = j
    i = max(range(len(seq)), key=lambda k: (length[k], -k))
    out = []
    while i != -1:
        out.append(seq[i])
        i = prev[i]
    return out[::-1]


def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def lis_patience(seq):
    tails, tail_idx, prev = [], [], [None] * len(seq)
    for i, x in enumerate(seq):
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
            tail_idx.append(i)
        else:
            tails[k] = x
            tail_idx[k] = i
        prev[i] = tail_idx[k - 1] if k else None
    out, i = [], tail_idx[-1] if tail_idx else None
    while i is not None:
        out.append(seq[i])
        i = prev[i]
    return out[::-1]


state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n


tests = [[10, 9, 2, 5, 3, 7, 101, 18], [0, 1, 0, 3, 2, 3], [7, 7, 7], [], [5, 4, 3, 2, 1],
         [rand(100) for _ in range(40)]]
for seq in tests:
    a, b = lis_quadratic(seq), lis_patience(seq)
    assert len(a) == len(b)
    assert all(x < y for x, y in zip(b, b[1:]))
    print(len(a), a, b)


def lcs(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i])
            i, j = i + 1, j + 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


for a, b in [("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("", "x"), ("dynamic", "programming")]:
    print(f"lcs({a!r}, {b!r}) = {lcs(a, b)!r}")


def longest_palindromic_subsequence(s):
    n = len(s)
    if n == 0:
        return 0
    dp = [[0] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        dp[i][i] = 1
        for j in range(i + 1, n):
            dp[i][j] = dp[i + 1][j - 1] + 2 if s[i] == s[j] else max(dp[i + 1][j], dp[i][j - 1])
    return dp[0][n - 1]


print([longest_palindromic_subsequence(w) for w in ["bbbab", "cbbd", "character", "", "a"]])


def max_subarray(nums):
    best, best_range = nums[0], (0, 0)
    cur, start = 0, 0
    for i, x in enumerate(nums):
        if cur <= 0:
            cur, start = x, i
        else:
            cur += x
        if cur > best:
            best, best_range = cur, (start, i)
    return best, best_range, nums[best_range[0]:best_range[1] + 1]


print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]))
print(max_subarray([-3, -1, -2]))
print(max_subarray([rand(21) - 10 for _ in range(30)]))
