# A tiny in-memory database: tables of dict rows with a schema and type
# checks, a unique index and a secondary index kept up to date on insert,
# update and delete, a query language parsed from strings
# ("select name, age from people where age > 30 order by name desc limit 2"),
# joins by nested loops, and aggregate functions.
class DBError(Exception):
    pass


class Table:
    def __init__(self, name, schema, key):
        self.name, self.schema, self.key = name, schema, key
        self.rows = {}
        self.indexes = {}

    def add_index(self, column):
        index = {}
        for pk, row in self.rows.items():
            index.setdefault(row[column], set()).add(pk)
        self.indexes[column] = index

    def _check(self, row):
        for col, typ in self.schema.items():
            if col not in row:
                raise DBError(f"{self.name}: missing column {col!r}")
            if not isinstance(row[col], typ):
                raise DBError(f"{self.name}.{col}: expected {typ.__name__}, got {type(row[col]).__name__}")
        extra = set(row) - set(self.schema)
        if extra:
            raise DBError(f"{self.name}: unknown columns {sorted(extra)}")

    def insert(self, **row):
        self._check(row)
        pk = row[self.key]
        if pk in self.rows:
            raise DBError(f"{self.name}: duplicate key {pk!r}")
        self.rows[pk] = row
        for col, index in self.indexes.items():
            index.setdefault(row[col], set()).add(pk)

    def update(self, pk, **changes):
        row = dict(self.rows[pk], **changes)
        self._check(row)
        old = self.rows[pk]
        for col, index in self.indexes.items():
            index[old[col]].discard(pk)
            index.setdefault(row[col], set()).add(pk)
        self.rows[pk] = row

    def delete(self, pk):
        row = self.rows.pop(pk)
        for col, index in self.indexes.items():
            index[row[col]].discard(pk)

    def lookup(self, column, value):
        if column in self.indexes:
            return [self.rows[pk] for pk in sorted(self.indexes[column].get(value, ()))]
        return [r for r in self.rows.values() if r[column] == value]


OPS = {"=": lambda a, b: a == b, "!=": lambda a, b: a != b, ">": lambda a, b: a > b, "<": lambda a, b: a < b,
       ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b}


def parse_value(text):
    if text.startswith("'") and text.endswith("'"):
        return text[1:-1]
    try:
        return int(text)
    except ValueError:
        raise DBError(f"bad value {text}") from None


def query(db, text):
    words = text.replace(",", " , ").split()
    if not words or words[0] != "select":
        raise DBError("queries start with select")
    i = 1
    columns = []
    while words[i] != "from":
        if words[i] != ",":
            columns.append(words[i])
        i += 1
    table = db[words[i + 1]]
    i += 2
    rows = list(table.rows.values())
    while i < len(words):
        word = words[i]
        if word == "where":
            col, op, val = words[i + 1], words[i + 2], parse_value(words[i + 3])
            if op not in OPS:
                raise DBError(f"unknown operator {op}")
            rows = table.lookup(col, val) if op == "=" else [r for r in rows if OPS[op](r[col], val)]
            i += 4
        elif word == "and":
            col, op, val = words[i + 1], words[i + 2], parse_value(words[i + 3])
            rows = [r for r in rows if OPS[op](r[col], val)]
            i += 4
        elif word == "order":
            col = words[i + 2]
            desc = i + 3 < len(words) and words[i + 3] == "desc"
            rows = sorted(rows, key=lambda r: r[col], reverse=desc)
            i += 4 if desc else 3
        elif word == "limit":
            rows = rows[:int(words[i + 1])]
            i += 2
        else:
            raise DBError(f"unexpected {word!r}")
    if columns == ["*"]:
        return rows
    aggregates = {"count": len, "sum": sum, "max": max, "min": min}
    out = []
    if any("(" in c for c in columns):
        result = {}
        for c in columns:
            fn, _, arg = c.partition("(")
            arg = arg.rstrip(")")
            values = [r[arg] for r in rows] if arg != "*" else rows
            result[c] = aggregates[fn](values) if values else None
        return [result]
    for r in rows:
        try:
            out.append({c: r[c] for c in columns})
        except KeyError as e:
            raise DBError(f"no column {e.args[0]!r}") from None
    return out


db = {"people": Table("people", {"id": int, "name": str, "age": int, "city": str}, "id"),
      "cities": Table("cities", {"city": str, "country": str}, "city")}
db["people"].add_index("city")
for row in [(1, "ada", 36, "london"), (2, "bob", 25, "paris"), (3, "cy", 41, "london"), (4, "dee", 30, "rome"),
            (5, "eve", 52, "paris"), (6, "fay", 19, "berlin")]:
    db["people"].insert(**dict(zip(("id", "name", "age", "city"), row)))
for city, country in [("london", "uk"), ("paris", "fr"), ("rome", "it")]:
    db["cities"].insert(city=city, country=country)
for q in ["select name, age from people where age > 30 order by name desc",
          "select * from people where city = 'london'",
          "select name from people order by age limit 3",
          "select count(*), max(age), min(name) from people where city = 'paris'",
          "select name from people where age >= 25 and age < 40 order by age",
          "select sum(age) from people where age > 100"]:
    print(q)
    for r in query(db, q):
        print("   ", r)
db["people"].update(2, city="london", age=26)
db["people"].delete(1)
print([r["name"] for r in db["people"].lookup("city", "london")], [r["name"] for r in db["people"].lookup("city", "paris")])
joined = [(p["name"], c["country"]) for p in db["people"].rows.values() for c in db["cities"].rows.values()
          if p["city"] == c["city"]]
print(sorted(joined))
for bad in [lambda: db["people"].insert(id=2, name="x", age=1, city="y"),
            lambda: db["people"].insert(id=9, name="x", age="old", city="y"),
            lambda: db["people"].insert(id=9, name="x", age=1),
            lambda: db["people"].insert(id=9, name="x", age=1, city="y", zip=1),
            lambda: query(db, "delete from people"), lambda: query(db, "select nope from people"),
            lambda: query(db, "select name from people where age ~ 3"), lambda: query(db, "select name from people where age > x")]:
    try:
        bad()
    except DBError as e:
        print("DBError:", e)
