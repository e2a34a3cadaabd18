# Structural pattern matching on a small expression language: class
# patterns with __match_args__, keyword patterns, nested sequences and
# mappings, guards, or-patterns with captures, value patterns from dotted
# names, literals vs singletons, and the order clauses are tried in.
class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class Ops:
    ADD = "+"
    MUL = "*"


def simplify(e):
    match e:
        case BinOp(Ops.ADD, Num(0), x) | BinOp(Ops.ADD, x, Num(0)):
            return simplify(x)
        case BinOp(Ops.MUL, Num(1), x) | BinOp(Ops.MUL, x, Num(1)):
            return simplify(x)
        case BinOp(Ops.MUL, Num(0), _) | BinOp(Ops.MUL, _, Num(0)):
            return Num(0)
        case BinOp(op, Num(a), Num(b)) if op in ("+", "*"):
            return Num(a + b if op == "+" else a * b)
        case BinOp(op, left, right):
            l2, r2 = simplify(left), simplify(right)
            if (l2, r2) != (left, right) and isinstance(l2, Num) and isinstance(r2, Num):
                return simplify(BinOp(op, l2, r2))
            return BinOp(op, l2, r2)
        case _:
            return e


def show(e):
    match e:
        case Num(value=v):
            return str(v)
        case Var(name=n):
            return n
        case BinOp(op=o, left=l, right=r):
            return f"({show(l)} {o} {show(r)})"


exprs = [
    BinOp("+", Num(0), Var("x")),
    BinOp("*", Var("y"), Num(1)),
    BinOp("*", BinOp("+", Num(2), Num(3)), Num(0)),
    BinOp("+", BinOp("*", Num(2), Num(3)), BinOp("+", Num(1), Num(1))),
    BinOp("-", Var("a"), BinOp("*", Num(1), Var("b"))),
]
for e in exprs:
    print(f"{show(e):28} -> {show(simplify(e))}")


def classify(obj):
    match obj:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case "" | b"":
            return "empty text"
        case str(s) if len(s) == 1:
            return f"char {s}"
        case str():
            return "string"
        case []:
            return "empty sequence"
        case [x]:
            return f"singleton {x!r}"
        case [x, y]:
            return f"pair {x!r},{y!r}"
        case [first, *_, last]:
            return f"long sequence {first!r}..{last!r}"
        case {"type": "point", "x": x, "y": y}:
            return f"point at {x},{y}"
        case {"type": t, **rest} if rest:
            return f"{t} with {sorted(rest)}"
        case {}:
            return "some mapping"
        case _:
            return f"other {type(obj).__name__}"


for obj in [None, True, False, 0, 0.0, -5, 7, 2.5, "", b"", "a", "abc", [], (), [1], (1, 2), [1, 2, 3, 4],
            {"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3}, {"type": "bare"}, {"k": 1},
            {1, 2}, range(3), "xy"]:
    print(f"{obj!r:38} {classify(obj)}")


def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"unknown direction {other}"
        case ["take", *objects] if objects:
            return f"taking {', '.join(objects)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case [verb, *_]:
            return f"unknown verb {verb}"


for line in ["go north", "go up", "take lamp key", "take", "quit", "exit", "", "dance wildly"]:
    print(f"{line!r:16} {command(line)}")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return "diagonal"
        case Point():
            return "elsewhere"


print([where(Point(*c)) for c in [(0, 0), (0, 5), (3, 0), (2, 2), (1, 2)]])
try:
    match Point(1, 2):
        case Point(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)


class TooMany:
    __match_args__ = ("a",)
    a = 1


try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
match (1, [2, {"k": (3, 4)}]):
    case (a, [b, {"k": (c, d)}]):
        print("nested capture", a, b, c, d)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match 42:
    case x if x > 100:
        print("big")
    case x:
        print("captured", x)
value = "ok"
match "ok":
    case str() as s if s == value:
        print("guard saw", s)
