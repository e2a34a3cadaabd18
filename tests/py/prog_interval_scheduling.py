# Scheduling algorithms: greedy activity selection, weighted interval
# scheduling by DP with binary search, minimum meeting rooms by a sweep,
# merging overlapping intervals, interval partitioning with room
# assignment, and earliest-deadline-first lateness minimization.
def bisect_right(a, x, hi=None):
    lo, hi = 0, len(a) if hi is None else hi
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


jobs = [("a", 1, 4, 5), ("b", 3, 5, 1), ("c", 0, 6, 8), ("d", 4, 7, 4), ("e", 3, 9, 6), ("f", 5, 9, 3),
        ("g", 6, 10, 2), ("h", 8, 11, 4), ("i", 8, 12, 7), ("j", 2, 14, 9), ("k", 12, 16, 5)]


def activity_selection(jobs):
    chosen, end = [], -1
    for name, s, e, _ in sorted(jobs, key=lambda j: (j[2], j[1])):
        if s >= end:
            chosen.append(name)
            end = e
    return chosen


def weighted(jobs):
    js = sorted(jobs, key=lambda j: j[2])
    ends = [j[2] for j in js]
    best = [0] * (len(js) + 1)
    take = [False] * (len(js) + 1)
    for i, (name, s, e, w) in enumerate(js, 1):
        p = bisect_right(ends, s, i - 1)
        with_it = best[p] + w
        if with_it > best[i - 1]:
            best[i], take[i] = with_it, True
        else:
            best[i] = best[i - 1]
    out, i = [], len(js)
    while i > 0:
        if take[i]:
            out.append(js[i - 1][0])
            i = bisect_right(ends, js[i - 1][1], i - 1)
        else:
            i -= 1
    return best[-1], out[::-1]


def rooms_needed(intervals):
    events = sorted([(s, 1) for s, e in intervals] + [(e, -1) for s, e in intervals])
    cur = peak = 0
    for _, d in events:
        cur += d
        peak = max(peak, cur)
    return peak


def assign_rooms(jobs):
    rooms = []  # end time per room
    assignment = {}
    for name, s, e, _ in sorted(jobs, key=lambda j: (j[1], j[2])):
        for r, end in enumerate(rooms):
            if end <= s:
                rooms[r] = e
                assignment[name] = r
                break
        else:
            rooms.append(e)
            assignment[name] = len(rooms) - 1
    return len(rooms), assignment


def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [tuple(x) for x in out]


def edf(tasks):
    t, plan, worst = 0, [], 0
    for name, dur, due in sorted(tasks, key=lambda x: (x[2], x[0])):
        t += dur
        late = max(0, t - due)
        worst = max(worst, late)
        plan.append((name, t, late))
    return plan, worst


print("activity selection:", activity_selection(jobs))
print("weighted:", weighted(jobs))
iv = [(s, e) for _, s, e, _ in jobs]
print("rooms needed:", rooms_needed(iv), "assignment:", assign_rooms(jobs))
print("merged:", merge(iv), merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (10, 11)]), merge([]))
print("edf:", edf([("w", 3, 6), ("x", 2, 8), ("y", 1, 9), ("z", 4, 9), ("v", 3, 14), ("u", 2, 15)]))
brute_best = 0
for mask in range(1 << len(jobs)):
    picked = [jobs[i] for i in range(len(jobs)) if mask >> i & 1]
    picked.sort(key=lambda j: j[1])
    if all(picked[i][2] <= picked[i + 1][1] for i in range(len(picked) - 1)):
        brute_best = max(brute_best, sum(j[3] for j in picked))
print("brute force agrees:", brute_best == weighted(jobs)[0])
