# Log analysis with generator pipelines: synthesize deterministic access log
# lines, parse them lazily, filter/group/aggregate (status histogram, top
# paths, per-minute rates, slowest requests, sessionization by gaps), and
# report malformed lines; each stage is a generator and is consumed once.
def synth(n, seed=7):
    paths = ["/", "/login", "/api/items", "/api/items/42", "/static/app.js", "/search?q=dx", "/logout"]
    users = ["ana", "ben", "cid", "-"]
    x = seed
    t = 36000
    for i in range(n):
        x = (x * 48271) % 2147483647
        t += x % 7
        if i % 97 == 13:
            yield f"garbage line {i}"
            continue
        status = [200, 200, 200, 304, 404, 500, 302][x % 7]
        ms = 5 + (x >> 8) % 400
        yield f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d} {users[x % 4]} GET {paths[(x >> 4) % 7]} {status} {ms}ms"


class BadLine(Exception):
    pass


def parse(lines, errors):
    for no, line in enumerate(lines, 1):
        parts = line.split()
        try:
            if len(parts) != 6 or parts[2] != "GET" or not parts[5].endswith("ms"):
                raise BadLine(f"line {no}: expected 6 fields, got {len(parts)}")
            h, m, s = map(int, parts[0].split(":"))
            yield {"t": h * 3600 + m * 60 + s, "user": parts[1], "path": parts[3], "status": int(parts[4]),
                   "ms": int(parts[5][:-2])}
        except (BadLine, ValueError) as e:
            errors.append(str(e))


def only(records, pred):
    return (r for r in records if pred(r))


def histogram(records, key):
    out = {}
    for r in records:
        k = key(r)
        out[k] = out.get(k, 0) + 1
    return dict(sorted(out.items()))


def sessions(records, gap=30):
    current = {}
    for r in records:
        u = r["user"]
        if u == "-":
            continue
        s = current.get(u)
        if s and r["t"] - s["end"] <= gap:
            s["end"] = r["t"]
            s["hits"] += 1
        else:
            if s:
                yield u, s
            current[u] = {"start": r["t"], "end": r["t"], "hits": 1}
    for u in sorted(current):
        yield u, current[u]


errors = []
records = list(parse(synth(600), errors))
print(len(records), "records,", len(errors), "malformed; first:", errors[:2])
print("status:", histogram(records, lambda r: r["status"]))
print("classes:", histogram(records, lambda r: f"{r['status'] // 100}xx"))
paths = histogram(only(records, lambda r: r["status"] < 400), lambda r: r["path"].split("?")[0])
print("top paths:", sorted(paths.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
per_min = histogram(records, lambda r: r["t"] // 60)
print("busiest minute:", max(per_min.items(), key=lambda kv: (kv[1], -kv[0])), "minutes:", len(per_min))
slow = sorted(only(records, lambda r: r["ms"] > 380), key=lambda r: (-r["ms"], r["t"]))[:4]
print("slowest:", [(r["path"], r["ms"]) for r in slow])
errs = only(records, lambda r: r["status"] >= 500)
first_err = next(errs)
print("first 5xx at", first_err["t"], "then", sum(1 for _ in errs), "more")
sess = list(sessions(records))
by_user = {}
for u, s in sess:
    by_user.setdefault(u, []).append(s["hits"])
print({u: (len(h), max(h)) for u, h in sorted(by_user.items())})
avg = {}
for r in records:
    a = avg.setdefault(r["path"], [0, 0])
    a[0] += r["ms"]
    a[1] += 1
print({p: round(t / n, 1) for p, (t, n) in sorted(avg.items())})
gen = parse(["bad"], errors)
print(list(gen), list(gen), errors[-1])
