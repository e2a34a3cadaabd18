# Serializing object graphs to a text format and back: a registry of
# serializable classes (by a decorator), references for shared objects and
# cycles (numbered in traversal order, not by id()), custom to_state /
# from_state hooks, a hand-written tokenizer and recursive parser for the
# format, and round-trip checks including identity of shared nodes.
REGISTRY = {}


def serializable(cls):
    REGISTRY[cls.__name__] = cls
    return cls


@serializable
class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


@serializable
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents, self.currency = cents, currency

    def to_state(self):
        return f"{self.cents / 100:.2f} {self.currency}"

    @classmethod
    def from_state(cls, state):
        amount, cur = state.split()
        return cls(round(float(amount) * 100), cur)

    def __eq__(self, o):
        return isinstance(o, Money) and (self.cents, self.currency) == (o.cents, o.currency)


class Unregistered:
    pass


class Writer:
    def __init__(self):
        self.ids = {}  # id(obj) -> number, only used as an identity map, never printed
        self.keep = []

    def write(self, obj):
        if obj is None or isinstance(obj, bool):
            return {None: "null", True: "true", False: "false"}[obj]
        if isinstance(obj, (int, float)):
            return repr(obj)
        if isinstance(obj, str):
            return '"' + obj.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
        if isinstance(obj, list):
            return "[" + ", ".join(self.write(x) for x in obj) + "]"
        if isinstance(obj, dict):
            return "{" + ", ".join(f"{self.write(k)}: {self.write(v)}" for k, v in obj.items()) + "}"
        key = id(obj)
        if key in self.ids:
            return f"&{self.ids[key]}"
        name = type(obj).__name__
        if REGISTRY.get(name) is not type(obj):
            raise TypeError(f"{name} is not serializable")
        self.ids[key] = n = len(self.ids) + 1
        self.keep.append(obj)
        if hasattr(obj, "to_state"):
            return f"{name}#{n}({self.write(obj.to_state())})"
        fields = ", ".join(f"{k}={self.write(v)}" for k, v in vars(obj).items())
        return f"{name}#{n}{{{fields}}}"


def tokenize(text):
    i, out = 0, []
    while i < len(text):
        c = text[i]
        if c in " \n":
            i += 1
        elif c == '"':
            j, buf = i + 1, []
            while text[j] != '"':
                if text[j] == "\\":
                    j += 1
                    buf.append({"n": "\n"}.get(text[j], text[j]))
                else:
                    buf.append(text[j])
                j += 1
            out.append(("str", "".join(buf)))
            i = j + 1
        elif c.isdigit() or c == "-":
            j = i + 1
            while j < len(text) and (text[j].isdigit() or text[j] in ".e-+"):
                j += 1
            lit = text[i:j]
            out.append(("num", float(lit) if any(ch in lit for ch in ".e") else int(lit)))
            i = j
        elif c.isalpha():
            j = i
            while text[j].isalnum() or text[j] == "_":
                j += 1
            out.append(("word", text[i:j]))
            i = j
        else:
            out.append(("op", c))
            i += 1
    return out


class Reader:
    def __init__(self, text):
        self.toks = tokenize(text)
        self.pos = 0
        self.objs = {}
        self.fixups = []

    def next(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def expect(self, op):
        t = self.next()
        if t != ("op", op):
            raise ValueError(f"expected {op!r}, got {t[1]!r} at token {self.pos}")

    def value(self):
        kind, v = self.next()
        if kind in ("str", "num"):
            return v
        if kind == "op" and v == "[":
            items = []
            while self.toks[self.pos] != ("op", "]"):
                items.append(self.value())
                if self.toks[self.pos] == ("op", ","):
                    self.pos += 1
            self.pos += 1
            return items
        if kind == "op" and v == "{":
            d = {}
            while self.toks[self.pos] != ("op", "}"):
                k = self.value()
                self.expect(":")
                d[k] = self.value()
                if self.toks[self.pos] == ("op", ","):
                    self.pos += 1
            self.pos += 1
            return d
        if kind == "op" and v == "&":
            n = self.next()[1]
            if n not in self.objs:
                raise ValueError(f"forward reference &{n}")
            return self.objs[n]
        if kind == "word":
            if v in ("null", "true", "false"):
                return {"null": None, "true": True, "false": False}[v]
            cls = REGISTRY.get(v)
            if cls is None:
                raise ValueError(f"unknown class {v}")
            self.expect("#")
            n = self.next()[1]
            kind2, v2 = self.next()
            if v2 == "(":
                obj = cls.from_state(self.value())
                self.expect(")")
                self.objs[n] = obj
                return obj
            obj = cls.__new__(cls)
            self.objs[n] = obj
            while self.toks[self.pos] != ("op", "}"):
                field = self.next()[1]
                self.expect("=")
                setattr(obj, field, self.value())
                if self.toks[self.pos] == ("op", ","):
                    self.pos += 1
            self.pos += 1
            return obj
        raise ValueError(f"unexpected {v!r}")


root = Node("root")
a = root.add(Node("a"))
b = root.add(Node("b"))
shared = Node("shared")
a.add(shared)
b.children.append(shared)
root.meta = {"price": Money(1999), "tags": ["x", "y\n\"z\""], "ratio": 0.25, "ok": True, "none": None}
text = Writer().write(root)
print(text)
back = Reader(text).value()
print(back.name, [c.name for c in back.children], back.children[0].parent is back)
print("shared identity kept:", back.children[0].children[0] is back.children[1].children[0])
print("cycle kept:", back.children[0].children[0].parent is back.children[0])
print(back.meta["price"] == Money(1999), back.meta["tags"], back.meta["ratio"], back.meta["ok"], back.meta["none"])
print("stable:", Writer().write(back) == text)
for bad in (Unregistered(), [1, Unregistered()]):
    try:
        Writer().write(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in ("Nope#1{}", "Node#1{name=&7}", "[1, 2", "Node#1{name: 1}"):
    try:
        Reader(bad).value()
    except (ValueError, IndexError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
