# Edit distance three ways (recursive with a memo dict, a full table, and
# two rows), the alignment recovered from the table, Damerau transpositions,
# and a spelling suggester ranking dictionary words.
def lev_memo(a, b, memo=None):
    if memo is None:
        memo = {}
    key = (len(a), len(b))
    if key in memo:
        return memo[key]
    if not a:
        result = len(b)
    elif not b:
        result = len(a)
    elif a[-1] == b[-1]:
        result = lev_memo(a[:-1], b[:-1], memo)
    else:
        result = 1 + min(lev_memo(a[:-1], b, memo), lev_memo(a, b[:-1], memo), lev_memo(a[:-1], b[:-1], memo))
    memo[key] = result
    return result


def lev_table(a, b):
    rows, cols = len(a) + 1, len(b) + 1
    t = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        t[i][0] = i
    for j in range(cols):
        t[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            t[i][j] = min(t[i - 1][j] + 1, t[i][j - 1] + 1, t[i - 1][j - 1] + cost)
    return t


def lev_rows(a, b):
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def alignment(a, b):
    t = lev_table(a, b)
    i, j = len(a), len(b)
    ops = []
    while i or j:
        if i and j and a[i - 1] == b[j - 1] and t[i][j] == t[i - 1][j - 1]:
            ops.append(("keep", a[i - 1]))
            i, j = i - 1, j - 1
        elif i and j and t[i][j] == t[i - 1][j - 1] + 1:
            ops.append(("sub", f"{a[i - 1]}->{b[j - 1]}"))
            i, j = i - 1, j - 1
        elif i and t[i][j] == t[i - 1][j] + 1:
            ops.append(("del", a[i - 1]))
            i -= 1
        else:
            ops.append(("ins", b[j - 1]))
            j -= 1
    return ops[::-1]


def damerau(a, b):
    d = {}
    for i in range(-1, len(a) + 1):
        d[i, -1] = i + 1
    for j in range(-1, len(b) + 1):
        d[-1, j] = j + 1
    for i in range(len(a)):
        for j in range(len(b)):
            cost = 0 if a[i] == b[j] else 1
            d[i, j] = min(d[i - 1, j] + 1, d[i, j - 1] + 1, d[i - 1, j - 1] + cost)
            if i and j and a[i] == b[j - 1] and a[i - 1] == b[j]:
                d[i, j] = min(d[i, j], d[i - 2, j - 2] + cost)
    return d[len(a) - 1, len(b) - 1]


pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution"),
         ("sunday", "saturday"), ("ca", "abc"), ("abcdef", "badcfe")]
for a, b in pairs:
    m, t, r = lev_memo(a, b), lev_table(a, b)[-1][-1], lev_rows(a, b)
    assert m == t == r, (a, b)
    print(f"{a!r:12} {b!r:12} lev={m} damerau={damerau(a, b)}")
for op, what in alignment("intention", "execution"):
    print(f"  {op:4} {what}")
t = lev_table("abc", "yabd")
print("\n".join(" ".join(f"{v:2}" for v in row) for row in t))

words = ["apple", "apply", "ape", "maple", "happy", "applet", "pale", "leap", "plea", "people"]


def suggest(word, limit=3):
    scored = sorted((lev_rows(word, w), w) for w in words)
    return [w for d, w in scored[:limit] if d <= 2]


for typo in ["appel", "aple", "hapy", "peple", "zzz"]:
    print(typo, "->", suggest(typo))
