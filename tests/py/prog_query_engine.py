# A tiny query engine over lists of dicts: a fluent Query class with where
# (predicates built from a small expression DSL using operator overloading),
# select, order_by (multi-key, mixed directions, stable), group_by with
# aggregates, joins, limit/offset, and distinct; results printed as tables.
class Field:
    def __init__(self, name):
        self.name = name

    def __call__(self, row):
        return row.get(self.name)

    def _cmp(self, op, other):
        return Pred(f"{self.name} {op} {other!r}", lambda r: r.get(self.name) is not None and OPS[op](r.get(self.name), other))

    def __eq__(self, o):
        return self._cmp("==", o)

    def __ne__(self, o):
        return self._cmp("!=", o)

    def __lt__(self, o):
        return self._cmp("<", o)

    def __le__(self, o):
        return self._cmp("<=", o)

    def __gt__(self, o):
        return self._cmp(">", o)

    def __ge__(self, o):
        return self._cmp(">=", o)

    def isin(self, values):
        return Pred(f"{self.name} in {sorted(values)!r}", lambda r: r.get(self.name) in values)

    def startswith(self, prefix):
        return Pred(f"{self.name} startswith {prefix!r}", lambda r: str(r.get(self.name, "")).startswith(prefix))

    __hash__ = None


OPS = {"==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b, "<=": lambda a, b: a <= b,
       ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}


class Pred:
    def __init__(self, text, fn):
        self.text, self.fn = text, fn

    def __call__(self, row):
        return self.fn(row)

    def __and__(self, o):
        return Pred(f"({self.text} and {o.text})", lambda r: self(r) and o(r))

    def __or__(self, o):
        return Pred(f"({self.text} or {o.text})", lambda r: self(r) or o(r))

    def __invert__(self):
        return Pred(f"not {self.text}", lambda r: not self(r))

    def __bool__(self):
        raise TypeError("use & | ~ to combine predicates, not and/or/not")

    def __repr__(self):
        return f"<{self.text}>"


F = Field


class Query:
    def __init__(self, rows):
        self.rows = list(rows)

    def where(self, pred):
        return Query(r for r in self.rows if pred(r))

    def select(self, *cols, **computed):
        return Query({**{c: r.get(c) for c in cols}, **{k: f(r) for k, f in computed.items()}} for r in self.rows)

    def order_by(self, *keys):
        rows = self.rows[:]
        for key in reversed(keys):
            desc = key.startswith("-")
            name = key.lstrip("-")
            rows.sort(key=lambda r: (r.get(name) is None, r.get(name)), reverse=desc)
        return Query(rows)

    def group_by(self, key, **aggs):
        groups = {}
        for r in self.rows:
            groups.setdefault(r.get(key), []).append(r)
        out = []
        for k, rs in groups.items():
            row = {key: k}
            for name, (fn, col) in aggs.items():
                vals = [r.get(col) for r in rs if r.get(col) is not None] if col else rs
                row[name] = fn(vals)
            out.append(row)
        return Query(out)

    def join(self, other, on, prefix):
        index = {}
        for r in other.rows:
            index.setdefault(r.get(on[1]), []).append(r)
        out = []
        for r in self.rows:
            for m in index.get(r.get(on[0]), [None]):
                merged = dict(r)
                if m is not None:
                    merged.update({f"{prefix}.{k}": v for k, v in m.items()})
                out.append(merged)
        return Query(out)

    def limit(self, n, offset=0):
        return Query(self.rows[offset:offset + n])

    def distinct(self):
        seen, out = set(), []
        for r in self.rows:
            key = tuple(sorted(r.items()))
            if key not in seen:
                seen.add(key)
                out.append(r)
        return Query(out)

    def show(self, title):
        print(f"-- {title} ({len(self.rows)} rows)")
        if not self.rows:
            return
        cols = list(self.rows[0])
        widths = {c: max(len(c), *(len(fmt(r.get(c))) for r in self.rows)) for c in cols}
        print("  " + " | ".join(c.ljust(widths[c]) for c in cols))
        print("  " + "-+-".join("-" * widths[c] for c in cols))
        for r in self.rows:
            print("  " + " | ".join(fmt(r.get(c)).rjust(widths[c]) if isinstance(r.get(c), (int, float))
                                    else fmt(r.get(c)).ljust(widths[c]) for c in cols))


def fmt(v):
    if v is None:
        return "NULL"
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


employees = Query([
    {"id": 1, "name": "Ana", "dept": "eng", "salary": 120, "mgr": None, "city": "Lisbon"},
    {"id": 2, "name": "Ben", "dept": "eng", "salary": 95, "mgr": 1, "city": "Porto"},
    {"id": 3, "name": "Cid", "dept": "ops", "salary": 70, "mgr": 1, "city": "Lisbon"},
    {"id": 4, "name": "Dee", "dept": "ops", "salary": 82, "mgr": 3, "city": None},
    {"id": 5, "name": "Eli", "dept": "eng", "salary": 95, "mgr": 2, "city": "Braga"},
    {"id": 6, "name": "Fay", "dept": "hr", "salary": 60, "mgr": 1, "city": "Porto"},
    {"id": 7, "name": "Gus", "dept": "hr", "salary": None, "mgr": 6, "city": "Lisbon"},
])
depts = Query([{"code": "eng", "title": "Engineering", "floor": 3}, {"code": "ops", "title": "Operations", "floor": 1},
               {"code": "fin", "title": "Finance", "floor": 2}])
employees.where((F("salary") >= 80) & ~(F("dept") == "ops")).select("name", "salary").show("well paid outside ops")
employees.where(F("city").isin({"Porto", "Braga"}) | F("name").startswith("G")).select("id", "name", "city").show("north or G")
employees.order_by("-salary", "name").select("name", "salary").show("by salary desc, name")
employees.group_by("dept", n=(len, None), total=(sum, "salary"), top=(max, "salary"),
                   avg=(lambda v: sum(v) / len(v) if v else None, "salary")).order_by("dept").show("per department")
employees.join(depts, ("dept", "code"), "d").select("name", "d.title", "d.floor").order_by("d.floor", "name").show("joined")
employees.join(employees, ("mgr", "id"), "m").where(F("m.name") != None).select("name", "m.name").limit(3, 1).show("managers, page 2")
employees.select("dept").distinct().order_by("dept").show("distinct departments")
employees.where(F("salary") > 1000).show("nobody")
pred = (F("a") == 1) & ((F("b") < 2) | ~F("c").isin({3}))
print(pred)
try:
    if F("a") == 1 and F("b") == 2:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    {F("x")}
except TypeError as e:
    print("TypeError:", e)
