# The match statement: literal, capture, wildcard, value, sequence, mapping,
# class (builtin types), or- and as-patterns, guards.

ORIGIN = 0


def describe(subject):
    match subject:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item: {x!r}"
        case [1, 2, *rest]:
            return f"starts 1, 2; rest {rest}"
        case [first, *_, last]:
            return f"first {first!r}, last {last!r}"
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": kind, **others}:
            return f"some {kind} with {others}"
        case {}:
            return "other mapping"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float():
            return "other number"
        case str(s):
            return f"string {s!r}"
        case _:
            return "something else"


for value in [None, True, False, 0, 0.0, -1, 1.5, "hello", "hi", [], (), [7], ("a",), [1, 2], [1, 2, 3, 4],
              (5, 6, 7), range(3), {"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3}, {"a": 1}, {},
              1000, 50, 2.5, "text"]:
    print(repr(value), "->", describe(value))


def value_patterns(x):
    # Dotted names are values, bare names capture.
    consts = {"limit": 10}
    match x:
        case {"limit": 10}:
            return "dict"
        case ORIGIN:
            return "unreachable"


def guards(point):
    match point:
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y) if x == 0 or y == 0:
            return f"on an axis {x},{y}"
        case (x, y):
            return f"elsewhere {x},{y}"


for p in [(1, 1), (0, 5), (3, 4), [2, 2]]:
    print(p, guards(p))


def guard_sees_captures_even_when_failing(v):
    x = "before"
    match v:
        case [x, 2] if False:
            pass
        case _:
            pass
    return x


print(guard_sees_captures_even_when_failing([9, 2]))
print(guard_sees_captures_even_when_failing([9, 3]))


def nested(cmd):
    match cmd:
        case ["go", ("north" | "south") as direction]:
            return "vertical " + direction
        case ["go", direction]:
            return "go " + direction
        case ["drop", *objects] if objects:
            return "drop " + ",".join(objects) if False else ("drop", objects)
        case ["quit" | "exit"]:
            return "bye"
        case [("a" | "b") as first, [x, y] | (x, y, _)]:
            return ("pair", first, x, y)
        case _:
            return "unknown"


for c in [["go", "north"], ["go", "west"], ["drop", "key", "map"], ["drop"], ["exit"], ["a", [1, 2]],
          ("b", (1, 2, 3)), ["a", [1]]]:
    print(c, nested(c))


def mappings(m):
    match m:
        case {"a": 1, "b": b, **rest}:
            return ("a1", b, rest)
        case {"a": {"nested": [x, *_]}}:
            return ("nested", x)
        case {1: one, 2: _}:
            return ("one", one)
        case {"none": v}:
            return ("none key", v)
        case {**rest} if len(rest) > 2:
            return ("many", rest)


for m in [{"a": 1, "b": 2, "c": 3}, {"a": 1, "b": 2}, {"a": {"nested": [5, 6]}}, {"none": 0},
          {1: 1, 2: 2, 3: 3}, {"a": 2}, [("a", 1)]]:
    print(m, mappings(m))


def classes(v):
    match v:
        case bool(b):
            return ("bool", b)
        case int(i):
            return ("int", i)
        case float(f):
            return ("float", f)
        case str() as s:
            return ("str", s)
        case list([first, *_]):
            return ("list starting", first)
        case tuple((a, b)):
            return ("pair", a, b)
        case dict({"k": k}):
            return ("dict with k", k)
        case list() | tuple():
            return "other sequence"


for v in [True, 3, 2.5, "s", [4, 5], [], (1, 2), (1, 2, 3), {"k": "v"}, {"j": 1}]:
    print(repr(v), classes(v))


def or_binds_same_names(v):
    match v:
        case [x, 0] | [0, x] | {"x": x}:
            return x


for v in [[5, 0], [0, 6], {"x": 7}, [1, 1]]:
    print(v, or_binds_same_names(v))


def star_positions(v):
    match v:
        case [*init, "end"]:
            return ("init", init)
        case [a, *mid, b, c]:
            return (a, mid, b, c)
        case [*_, x, y]:
            return ("last two", x, y)


for v in [["a", "end"], [1, 2, 3, 4, 5], [1, 2, 3], "ab", ["x", "y"]]:
    print(v, star_positions(v))


def strings_are_not_sequences(v):
    match v:
        case [*chars]:
            return chars
        case str():
            return "a string"


print(strings_are_not_sequences("abc"), strings_are_not_sequences(["a"]))

# At module level the captures are globals.
match [1, [2, 3]]:
    case [a, [b, c]]:
        print("module captures", a, b, c)
match 5:
    case 6:
        print("no")
print("no case matched: fine")


def no_match_leaves_names(v):
    x = "unchanged"
    match v:
        case [x, 1]:
            pass
    return x


print(no_match_leaves_names([9, 2]), no_match_leaves_names([9, 1]))


def subject_evaluated_once():
    count = 0

    def subject():
        nonlocal count
        count += 1
        return [1, 2]

    match subject():
        case [1]:
            pass
        case [1, 3]:
            pass
        case [_, _]:
            pass
    return count


print(subject_evaluated_once())


def match_in_loop(items):
    out = []
    for item in items:
        match item:
            case "skip":
                continue
            case "stop":
                break
            case _:
                out += [item]
    return out


print(match_in_loop(["a", "skip", "b", "stop", "c"]))


def eq_is_used(v):
    match v:
        case 1:
            return "== 1"
        case 2.0:
            return "== 2.0"


print(eq_is_used(1.0), eq_is_used(True), eq_is_used(2))
