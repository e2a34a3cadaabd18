# match with builtin class patterns (int(x), str(), bool vs int, float,
# list/tuple/dict as class patterns), sequences with a star in the middle,
# mappings with **rest and non-string keys, value patterns of dotted
# constants, or-patterns binding in each branch, guards with side effects
# (evaluated only when the pattern matched), and strings/bytes not being
# sequences for sequence patterns.
class Color:
    RED = "red"
    GREEN = "green"


calls = []


def guard(label, result=True):
    calls.append(label)
    return result


def describe(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if guard(f"int guard {n}", n > 100):
            return f"big int {n}"
        case int(n):
            return f"int {n}"
        case float(x):
            return f"float {x}"
        case complex():
            return f"complex {v}"
        case str() if len(v) == 0:
            return "empty str"
        case Color.RED | Color.GREEN as c:
            return f"color {c}"
        case str(s):
            return f"str {s!r}"
        case bytes() | bytearray():
            return f"binary of {len(v)}"
        case [first, *middle, last] if middle:
            return f"seq {first}..{last} with {len(middle)} inside"
        case [a, b]:
            return f"pair {a}, {b}"
        case list([x]) | tuple((x,)):
            return f"single {x}"
        case {0: zero, **rest}:
            return f"int-keyed {zero} rest={rest}"
        case {"k": {"nested": [*items]}}:
            return f"nested items {items}"
        case dict(d) if not d:
            return "empty dict"
        case set() | frozenset():
            return f"set of {len(v)}"
        case None:
            return "none"
        case _:
            return f"other {type(v).__name__}"


values = [True, 0, 7, 1000, 2.5, 1j, "", "red", "green", "blue", b"ab", bytearray(3), [1, 2, 3, 4], (1, 2), [9], (8,),
          {0: "z", 1: "o"}, {"k": {"nested": [1, 2]}}, {}, {1, 2}, frozenset(), None, range(3), "ab"]
for v in values:
    print(f"{v!r:28} {describe(v)}")
print(calls)
match "abc":
    case [*chars]:
        print("strings are not sequences here", chars)
    case _:
        print("str did not match a sequence pattern")
match range(4):
    case [0, *rest]:
        print("range is a sequence:", rest)
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **others}:
        print("others", others)
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("deep", a + b + c + d)
match (1, 2):
    case (1, x) | (x, 1):
        print("bound in either branch", x)
point = {"x": 1, "y": 2, "z": 3}
match point:
    case {"x": x, "y": y, **rest} if rest:
        print("3d", x, y, rest)
match 5:
    case 1 | 2 | 3:
        print("small")
    case n if n % 2:
        print("odd", n)
match -1:
    case -1:
        print("negative literal")
match 1.5:
    case 1.5:
        print("float literal")
match 3 + 4j:
    case 3 + 4j:
        print("complex literal")
