# Classic string algorithms: KMP failure function and search, the Z
# function, Manacher's longest palindrome, a suffix array by prefix doubling
# with the LCP array (Kasai), Rabin-Karp with a big modulus, Boyer-Moore-
# Horspool, and the minimal rotation (Booth); cross-checked by brute force.
def kmp_table(p):
    t = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = t[k - 1]
        if p[i] == p[k]:
            k += 1
        t[i] = k
    return t


def kmp_search(text, p):
    t, k, out = kmp_table(p), 0, []
    for i, c in enumerate(text):
        while k and c != p[k]:
            k = t[k - 1]
        if c == p[k]:
            k += 1
        if k == len(p):
            out.append(i - k + 1)
            k = t[k - 1]
    return out


def z_function(s):
    n = len(s)
    z = [0] * n
    l = r = 0
    for i in range(1, n):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < n and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    if n:
        z[0] = n
    return z


def manacher(s):
    t = "^#" + "#".join(s) + "#$"
    p = [0] * len(t)
    c = r = 0
    for i in range(1, len(t) - 1):
        if i < r:
            p[i] = min(r - i, p[2 * c - i])
        while t[i + p[i] + 1] == t[i - p[i] - 1]:
            p[i] += 1
        if i + p[i] > r:
            c, r = i, i + p[i]
    length, center = max((v, i) for i, v in enumerate(p))
    start = (center - length) // 2
    return s[start:start + length]


def suffix_array(s):
    n = len(s)
    rank = [ord(c) for c in s]
    sa = list(range(n))
    k = 1
    while True:
        key = lambda i: (rank[i], rank[i + k] if i + k < n else -1)
        sa.sort(key=key)
        new = [0] * n
        for j in range(1, n):
            new[sa[j]] = new[sa[j - 1]] + (key(sa[j]) != key(sa[j - 1]))
        rank = new
        if rank[sa[-1]] == n - 1:
            return sa
        k *= 2


def lcp_kasai(s, sa):
    n = len(s)
    rank = [0] * n
    for i, p in enumerate(sa):
        rank[p] = i
    lcp = [0] * n
    h = 0
    for i in range(n):
        if rank[i] > 0:
            j = sa[rank[i] - 1]
            while i + h < n and j + h < n and s[i + h] == s[j + h]:
                h += 1
            lcp[rank[i]] = h
            if h:
                h -= 1
        else:
            h = 0
    return lcp


def rabin_karp(text, p, base=257, mod=(1 << 61) - 1):
    m = len(p)
    if m > len(text):
        return []
    hp = ht = 0
    for i in range(m):
        hp = (hp * base + ord(p[i])) % mod
        ht = (ht * base + ord(text[i])) % mod
    high = pow(base, m - 1, mod)
    out = []
    for i in range(len(text) - m + 1):
        if hp == ht and text[i:i + m] == p:
            out.append(i)
        if i + m < len(text):
            ht = ((ht - ord(text[i]) * high) * base + ord(text[i + m])) % mod
    return out


def horspool(text, p):
    m = len(p)
    shift = {c: m - i - 1 for i, c in enumerate(p[:-1])}
    out, i = [], 0
    while i <= len(text) - m:
        if text[i:i + m] == p:
            out.append(i)
        i += shift.get(text[i + m - 1], m)
    return out


def booth(s):
    s2 = s + s
    f = [-1] * len(s2)
    k = 0
    for j in range(1, len(s2)):
        c = s2[j]
        i = f[j - k - 1]
        while i != -1 and c != s2[k + i + 1]:
            if c < s2[k + i + 1]:
                k = j - i - 1
            i = f[i]
        if c != s2[k + i + 1]:
            if c < s2[k]:
                k = j
            f[j - k] = -1
        else:
            f[j - k] = i + 1
    return s2[k:k + len(s)]


def brute(text, p):
    return [i for i in range(len(text) - len(p) + 1) if text[i:i + len(p)] == p]


text = "abracadabra abracadabra cadabra abra" * 3
for pat in ("abra", "cad", "a", "abracadabra", "zzz", "ra a"):
    res = kmp_search(text, pat)
    print(f"{pat!r:14} {len(res):3} {res[:6]} {res == brute(text, pat) == rabin_karp(text, pat) == horspool(text, pat)}")
print(kmp_table("aabaaab"), kmp_table("abcabcabcd"))
print(z_function("aabcaabxaaaz"), z_function(""))
for s in ("babad", "forgeeksskeegfor", "abacdfgdcaba", "a", "aaaa", "racecar level"):
    print(repr(s), "->", repr(manacher(s)))
word = "mississippi$"
sa = suffix_array(word)
lcp = lcp_kasai(word, sa)
for i, p in enumerate(sa):
    print(f"{p:3} {lcp[i]:2} {word[p:]}")
print(sa == sorted(range(len(word)), key=lambda i: word[i:]))
best = max(range(len(word)), key=lambda i: lcp[i])
print("longest repeated substring:", repr(word[sa[best]:sa[best] + lcp[best]]))
for s in ("bca", "cabbage", "aaaab", "baaaa", "dcba"):
    print(s, booth(s), booth(s) == min(s[i:] + s[:i] for i in range(len(s))))
