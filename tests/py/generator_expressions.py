# Generator expressions: lazy, own scope, the first iterable evaluated at
# once in the enclosing scope, the rest on each pass.
print(sum(x * x for x in range(10)))
print(list(x for x in "abc"))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 2, -1]))
print(min(len(w) for w in ["apple", "fig", "banana"]), max(x % 7 for x in range(20)))
print(sorted((x * 37) % 11 for x in range(11)))
print(list(x + y for x in "ab" for y in "12"))
print(list((x, y) for x in range(4) if x % 2 for y in range(x) if y != 1))
print(list(list(y for y in range(x)) for x in range(4)))
print(tuple(c for c in "hello" if c != "l"))
print({k: v for k, v in ((k, k * 2) for k in range(3))})

# Lazy: nothing runs until the generator is consumed.
def noisy(label, items):
    print("iterating", label)
    for x in items:
        print(" ", label, "gives", x)
        yield x


g = (x * 10 for x in noisy("outer", [1, 2]))
print("genexpr made")
print(next(g))
print(list(g))
del g

# The first iterable is evaluated (and iter() taken) when the expression is made.
try:
    g = (x for x in 5)
except TypeError as e:
    print("eager:", e)

g2 = (y for x in [1] for y in 5)
print("inner iterable not evaluated yet")
try:
    list(g2)
except TypeError as e:
    print("lazy:", e)
del g2


# Late binding: names in the element are looked up when each item is made.
def late():
    factor = 1
    g = (x * factor for x in range(3))
    factor = 100
    return list(g)


print(late())


# The first iterable binds early, even when the name changes later.
def early():
    items = [1, 2, 3]
    g = (x for x in items)
    items = [7, 8, 9]
    return list(g)


print(early())


# Nested scopes: genexprs inside functions inside genexprs.
def scale(k):
    return list(v * k for v in range(3))


print(list(scale(k) for k in range(1, 4)))
print(sum(sum(x for x in range(n)) for n in range(6)))


def closure_over_genexpr(n):
    total = sum(i for i in range(n))
    return lambda: list(total + j for j in range(2))


print(closure_over_genexpr(4)())

# A generator expression as the only argument needs no parentheses.
print(list(str(x) for x in range(3)))
print(" ".join if False else "no join", sum(c == "s" for c in "mississippi"))

# Exhausted generator expressions stay exhausted.
squares = (n * n for n in range(4))
print(list(squares), list(squares))
del squares

# Filtering with conditions referring to outer variables.
limit = 10
print(list(n for n in range(30) if n % 3 == 0 if n < limit))
words = ["alpha", "beta", "gamma", "delta"]
print(list((i, w) for i, w in enumerate(words) if "l" in w))
print(max((w for w in words), key=len), min((w for w in words), key=len))
