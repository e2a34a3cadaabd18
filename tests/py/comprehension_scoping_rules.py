# Comprehension scoping: the loop variable does not leak, the first iterable
# is evaluated in the enclosing scope (and eagerly, before the generator
# runs), later iterables and conditions lazily in the comprehension's scope,
# walrus binds in the enclosing function, nested comprehensions, and
# generator expressions seeing later rebinding of free names.
x = "outer"
r = [x for x in range(3)]
print(r, x)
n = 10
g = (n * i for i in range(3))
n = 100
print(list(g))


def first_iter_eager():
    src = [1, 2, 3]
    g = (v for v in src)
    src = [9]
    return list(g)


print(first_iter_eager())


def first_iter_error():
    try:
        (v for v in 5)
    except TypeError as e:
        print("TypeError at creation:", e)
    g = (v for v in [1] for w in 5)
    print("created lazily")
    try:
        list(g)
    except TypeError as e:
        print("TypeError at iteration:", e)


first_iter_error()


def walrus():
    data = [3, 8, 1, 9, 4]
    big = [y for v in data if (y := v * 2) > 6]
    return big, y


print(walrus())


def walrus_any():
    lines = ["ok", "ok", "ERROR: disk", "ok"]
    if any((bad := line).startswith("ERROR") for line in lines):
        return bad


print(walrus_any())
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print({(i, j) for i in range(3) for j in range(i)})
print({k: [v for v in range(k)] for k in range(4)})


def closure_over_loop():
    return [lambda: i for i in range(3)]


print([f() for f in closure_over_loop()])


def nested_scope():
    base = 5
    return [[base + i + j for j in range(2)] for i in range(2)]


print(nested_scope())


class K:
    vals = [1, 2, 3]
    squares = [v * v for v in vals]
    pairs = [(a, b) for a in vals for b in "xy"]
    try:
        broken = [v for v in range(2) if v in vals]
    except NameError as e:
        broken = str(e)


print(K.squares, K.pairs[:3], K.broken)
print(sorted(set(c for c in "mississippi")), "".join(sorted({c: 0 for c in "banana"})))
it = iter(range(10))
pairs = list(zip(it, it))
print(pairs)
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
print(sum(x for x in range(101)), max((len(w), w) for w in "a bb ccc bb".split()))
print([(i, c) for i, c in enumerate("ab")], dict((c, i) for i, c in enumerate("ab")))
total = 0
acc = [total := total + v for v in [1, 2, 3, 4]]
print(acc, total)
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("class C:\n    [y := 1 for _ in range(1)]\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("[x for x in (y := [1])]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print([x for x in range(3) if x if x > 1], [a for a, in [(1,), (2,)]])
print(list(filter(None, (v if v % 3 else 0 for v in range(7)))))
