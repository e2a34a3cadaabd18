# Interval problems: merging overlapping intervals, inserting into a
# sorted list, free slots in a calendar across several people, the
# minimum number of meeting rooms (sweep line), interval intersection,
# and a segment-tree-free "coverage count" by difference arrays.
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [tuple(x) for x in out]


print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (6, 7)]), merge([]), merge([(5, 5), (5, 6)]))


def insert(intervals, new):
    out, placed = [], False
    s, e = new
    for a, b in intervals:
        if b < s:
            out.append((a, b))
        elif a > e:
            if not placed:
                out.append((s, e))
                placed = True
            out.append((a, b))
        else:
            s, e = min(s, a), max(e, b)
    if not placed:
        out.append((s, e))
    return out


print(insert([(1, 2), (3, 5), (6, 7), (8, 10), (12, 16)], (4, 8)), insert([(1, 5)], (6, 8)), insert([], (1, 1)))


def to_min(t):
    h, m = map(int, t.split(":"))
    return h * 60 + m


def to_str(m):
    return f"{m // 60:02}:{m % 60:02}"


calendars = {
    "ana": [("09:00", "10:30"), ("12:00", "13:00"), ("16:00", "18:00")],
    "ben": [("10:00", "11:30"), ("12:30", "14:30"), ("14:30", "15:00")],
    "cy": [("08:00", "09:30"), ("13:30", "14:00")],
}
busy = merge([(to_min(a), to_min(b)) for cal in calendars.values() for a, b in cal])
day = (to_min("08:00"), to_min("18:00"))
free, cursor = [], day[0]
for s, e in busy:
    if s > cursor:
        free.append((cursor, s))
    cursor = max(cursor, e)
if cursor < day[1]:
    free.append((cursor, day[1]))
print([f"{to_str(a)}-{to_str(b)}" for a, b in free if b - a >= 30])


def rooms(meetings):
    events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
    cur = best = 0
    for _, delta in events:
        cur += delta
        best = max(best, cur)
    return best


print(rooms([(0, 30), (5, 10), (15, 20)]), rooms([(7, 10), (2, 4)]), rooms([(1, 5), (2, 6), (3, 7), (5, 8)]))


def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


print(intersect([(0, 2), (5, 10), (13, 23), (24, 25)], [(1, 5), (8, 12), (15, 24), (25, 26)]))
diff = [0] * 12
for s, e in [(1, 4), (2, 6), (5, 9), (3, 3), (8, 11)]:
    diff[s] += 1
    diff[e + 1 if e + 1 < len(diff) else len(diff) - 1] -= 1 if e + 1 < len(diff) else 0
coverage, run = [], 0
for d in diff:
    run += d
    coverage.append(run)
print(coverage, max(coverage), [i for i, c in enumerate(coverage) if c == max(coverage)])
