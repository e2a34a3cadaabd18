# Subclasses of dict: __missing__, defaultdict- and Counter-like classes,
# overridden __setitem__, attributes, constructors, copy and | results.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
    def __missing__(self, key):
        value = self[key] = self.factory()
        return value

groups = DefaultDict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups[word[0]].append(word)
print(groups, len(groups), groups.factory, type(groups).__name__)
print(groups.get("z"), "z" in groups, groups.get("a"))
print(groups["z"], "z" in groups)

class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, items):
        for x in items:
            self[x] += 1
        return self
    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

c = Counter().add("mississippi")
print(c, c["s"], c["q"], "q" in c, c.most_common(2), len(c))

class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)

u = Upper(a=1)
u["b"] = 2
u.update(c=3)
print(u, u.setdefault("d", 4), u)

class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value

at = Attr(x=1)
at.y = 2
print(at, at.x, at.y, hasattr(at, "z"))

class Plain(dict):
    pass

p = Plain({1: 2}, k=3)
p.note = "hi"
print(p, p.note, p.__dict__, type(p.copy()).__name__, type(p | {}).__name__, type({} | p).__name__)
p |= {9: 9}
print(type(p).__name__, p)
print(Plain.fromkeys("ab", 0), type(Plain.fromkeys("ab")).__name__, isinstance(p, dict), p == {1: 2, "k": 3, 9: 9})
check("missing plain", lambda: p["nope"])

class MissingRaises(dict):
    def __missing__(self, key):
        raise ValueError(f"no {key}")

check("missing raises", lambda: MissingRaises()["x"])
print(MissingRaises(a=1).get("b", "dflt"), MissingRaises(a=1).pop("b", "p"))

class Rev(dict):
    def __iter__(self):
        return iter(sorted(super().keys(), reverse=True))

rv = Rev({1: "a", 3: "c", 2: "b"})
print(list(rv), dict(rv), {**rv}, list(rv.keys()))

class Keys(dict):
    def keys(self):
        return ["only"]
    def __getitem__(self, k):
        return "v"

kk = Keys(only=1, other=2)
print(dict(kk), {**kk})
d = {}
d.update(kk)
print(d)

class Init(dict):
    def __init__(self, n):
        super().__init__((i, i * i) for i in range(n))

print(Init(4), Init(0))

class New(dict):
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.made = "new"
        return self

nw = New(a=1)
print(nw, nw.made)
check("dict subclass hash", lambda: hash(Plain()))

class Hashable(dict):
    def __hash__(self):
        return 42

print(hash(Hashable()), {Hashable(): 1}[Hashable()] if False else "ok")
