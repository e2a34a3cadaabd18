# Assignment expressions: in while conditions (reading chunks), in
# comprehension filters (binding in the enclosing scope), in any()/all()
# to capture a witness, in f-strings (parenthesized), in lambda bodies,
# in nested functions with nonlocal targets, and their syntax limits.
data = list(range(17))
chunks = []
pos = 0
while chunk := data[pos:pos + 5]:
    chunks.append(sum(chunk))
    pos += 5
print(chunks, pos)
values = [3, 8, 12, 5, 20]
print([y for x in values if (y := x * 2) > 15], y)
if any((witness := v) > 10 for v in values):
    print("first over 10:", witness)
if not all((counter := v) < 10 for v in values):
    print("first not under 10:", counter)
print(f"{(n := 5) * 2} and n is {n}")
f = lambda: (z := 7) + z
print(f())


def outer():
    total = 0

    def add(v):
        nonlocal total
        return (total := total + v)
    return [add(i) for i in range(4)], total


print(outer())
import_free = [(k, v) for k, v in {"a": 1, "b": 2}.items() if (double := v * 2) > 2]
print(import_free, double)
lines = iter(["header", "a=1", "b=2", "", "ignored"])
config = {}
next(lines)
while (line := next(lines, None)) and line:
    key, _, value = line.partition("=")
    config[key] = int(value)
print(config)
matrix = [[1, 2], [3, 4]]
flat = [v for row in matrix if (s := sum(row)) > 2 for v in row]
print(flat, s)
for src in ["(x := 1, 2)", "[x := 1, 2]", "x := 1", "(a.b := 1)", "(a[0] := 1)", "[(i := i) for i in range(2)]",
            "def f(x=(y := 1)): pass", "(lambda: (q := 1))()"]:
    try:
        compile(src, "<walrus>", "exec")
        print(f"{src:32} compiles")
    except SyntaxError as e:
        print(f"{src:32} SyntaxError: {e.msg}")
