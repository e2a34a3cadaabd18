# Comprehensions: their own scope (the loop variable does not leak), the
# first iterable evaluated in the enclosing scope, nested for/if clauses in
# order, comprehensions of comprehensions, closures over comprehension
# variables, walrus binding in the enclosing scope, and laziness of
# generator expressions.
x = "outer"
squares = [x * x for x in range(5)]
print(squares, x)
pairs = [(i, j) for i in range(4) if i % 2 for j in range(i) if j != 1]
print(pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [v for row in matrix for v in row if v % 4 == 0])
transposed = [[row[c] for row in matrix] for c in range(3)]
print(transposed)
print({k: v for k, v in zip("abc", range(3))}, {c.upper() for c in "hello"} == set("HELO"))
print({n % 3: n for n in range(10)}, sorted({n * n % 7 for n in range(20)}))
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns2])
total = 0
running = [total := total + v for v in [1, 2, 3, 4]]
print(running, total)
print([y for v in range(5) if (y := v * 2) > 4], y)


class K:
    base = 10
    vals = [base + i for i in range(3)] if False else None
    firsts = [i for i in range(base)]
    try:
        bad = [base * i for i in range(2)]
    except NameError as e:
        bad = str(e)


print(K.firsts, K.bad)
calls = []


def src(n):
    calls.append(f"src{n}")
    return range(n)


g = (a * b for a in src(2) for b in src(3))
print(calls)
print(list(g), calls)


def gen_first_iter_error():
    try:
        (v for v in 5)
    except TypeError as e:
        return f"TypeError at creation: {e}"


print(gen_first_iter_error())
lazy = (1 / v for v in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError on second item:", e)
print(sum(v for v in range(101)), max((len(w), w) for w in "the quick brown fox".split()))
print(list(zip(*[(1, "a"), (2, "b")])), dict((k, len(k)) for k in ["aa", "b"]))
yield_like = [1, 2]
nested_gen = ((i, j) for i in range(3) for j in yield_like if j > i)
print(list(nested_gen), yield_like)
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], {w[0]: w for w in words})
print([[c for c in w if c in "aeiou"] for w in words])


def closure_in_comprehension():
    factor = 3
    return [n * factor for n in range(4)]


print(closure_in_comprehension())


def comprehension_sees_locals():
    offset = 100
    return {n: n + offset for n in range(2)}, [(lambda: offset + n)() for n in range(2)]


print(comprehension_sees_locals())
print([i for i in range(3)] == list(i for i in range(3)), type(i for i in []).__name__)
print(sorted(set(c for c in "mississippi")), "".join(sorted({c for c in "banana"})))
counts = {}
[counts.__setitem__(ch, counts.get(ch, 0) + 1) for ch in "abracadabra"]
print(sorted(counts.items()))
flatten = [item for sub in [[1, [2]], [3], []] for item in sub]
print(flatten)
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
