# Comprehensions: the first iterable in the enclosing scope, := targets, nesting.
data = [1, 2, 3]
squares = [v * v for v in data if v]
pairs = {k: v for k, v in zip(data, data)}
unique = {v for v in data}
gen = (v for v in data)
[last := v for v in data]             # module level: last is declared global in the listcomp
nested = [[w for w in range(v)] for v in data]

def f(seq):
    total = 0
    [total := total + s for s in seq]          # binds f's total (cell)
    [[(inner := a) for a in b] for b in seq]   # binds f's inner through two comprehensions
    lam = lambda: [(lv := q) for q in seq]     # binds the lambda's lv
    first = [x for x in (y for y in seq)]
    gen = ((z, seq) for z in seq for seq2 in seq if z)
    return total, inner, lam, first, gen, lv

def g():
    global counter
    [counter := counter + 1 for _ in range(3)]  # counter is global in g: global in the listcomp too

def h(items):
    return {key: [value for value in values] for key, values in items}

def iter_target(obj):
    return [obj for obj.attr in range(3)], [1 for d[0] in range(3)]

def async_comp(it):
    async def inner():
        return [x async for x in it], [await y for y in it]
    return inner

class C:
    values = [v for v in range(3)]
    other = [values for _ in range(3)]   # the class's values is not visible: global
    first = [x for x in values]          # but the first iterable is evaluated in the class

def dict_order(xs):
    return {(lambda: k)(): (lambda: v)() for k, v in xs}
