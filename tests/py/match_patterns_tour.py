# match statement tour: literal, capture, wildcard, value (dotted), sequence
# (with star), mapping (with **rest), class patterns (positional via
# __match_args__, keyword), OR patterns, AS patterns, guards, nested patterns,
# and the subtle cases (strings are not sequences, True matches only True,
# dict patterns ignore extra keys, guard side effects).
class Color:
    RED = "red"
    GREEN = "green"


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center, self.r = center, r


def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case "":
            return "empty string"
        case str(s) if s.isdigit():
            return f"digit string {s}"
        case str():
            return f"string {v!r}"
        case Color.RED:
            return "never: shadowed by str()"
        case []:
            return "empty list/tuple"
        case [x]:
            return f"one element {x!r}"
        case [first, *_, last] if first == last:
            return f"bookends {first!r}"
        case [int(a), int(b), *rest]:
            return f"two ints {a},{b} then {len(rest)} more"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={sorted(extra)}"
        case {"type": _}:
            return "typed mapping"
        case {}:
            return "some mapping"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return f"on an axis at {yy}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r=radius) if radius > 10:
            return f"big circle at ({x},{y})"
        case Circle(center=Point() as c, r=r):
            return f"circle r={r} cx={c.x}"
        case (1, 2) | [3, 4]:
            return "one of two sequences"
        case _:
            return f"other {type(v).__name__}"


samples = [None, True, False, 0, 0.0, -5, 7, 2.5, "", "123", "abc", [], (), [9], ("a", 1, "a"), [1, 2, 3, 4],
           (1, 2), [3, 4], {"type": "user", "name": "ann", "age": 3, "id": 1}, {"type": 5}, {"x": 1}, {},
           Point(0, 0), Point(0, 4), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(1, 1), 20),
           Circle(Point(5, 6), 2), {1, 2}, b"bytes", bytearray(b"ab"), range(2), 1j]
for s in samples:
    print(f"{s!r:.40}"[:40] if not isinstance(s, (Point, Circle)) else type(s).__name__, "->", describe(s))


def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"can't go {other}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "nothing"


for t in ("go north", "go up", "take lamp key", "take", "exit", "dance wildly", ""):
    print(repr(t), "->", command(t))
calls = []


def guard(tag, result):
    calls.append(tag)
    return result


match [1, 2]:
    case [a, b] if guard("first", False):
        pass
    case [a, *b] if guard("second", True):
        print("second matched", a, b)
print(calls)
match 42:
    case x:
        pass
print("capture binds even irrefutably:", x)
match (1, (2, [3, {"k": 4}])):
    case (a, (b, [c, {"k": d}])):
        print("nested", a, b, c, d)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)


class TooFew:
    __match_args__ = ("a",)
    a = 1


try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case str(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
match 5:
    case int(5):
        print("int(5) matches self")
match {"x": None}:
    case {"x": None}:
        print("None value key matches")
match "abc":
    case [*chars]:
        print("string as sequence?!", chars)
    case _:
        print("strings are not sequence patterns")
match 1.0:
    case 1:
        print("1.0 matches literal 1")
match [True]:
    case [1]:
        print("[True] matches [1]")
match [1]:
    case [True]:
        print("never")
    case _:
        print("[1] does not match [True]")
