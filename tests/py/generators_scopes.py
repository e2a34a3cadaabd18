# Generators and generator expressions in nested scopes: comprehensions,
# closures over generator locals and parameters, loops with handlers.
print([x for x in (y * 2 for y in range(3))])
print([list(x + i for i in range(2)) for x in range(3)])
print(list(list(z for z in range(x)) for x in (y for y in range(4))))

def cells():
    x = 1
    def inner():
        return x
    yield inner()
    x = 2
    yield inner()
print(list(cells()))

def param_cell(a, *rest, k=5, **kw):
    yield (lambda: a)()
    yield rest
    yield k
    yield kw
print(list(param_cell(1, 2, 3, k=7, z=9)))
print(list(param_cell(0)))

def loops():
    for i in range(5):
        try:
            if i == 3:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield "err " + str(e)
            continue
        if i == 4:
            break
    else:
        yield "no break"
    yield "end"
print(list(loops()))

def ret_in_except():
    try:
        yield 1
        raise KeyError
    except KeyError:
        return "from except"
    yield "never"
g = ret_in_except()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e)

def gen_in_gen():
    def sub(n):
        for i in range(n):
            yield i * n
    for n in range(4):
        yield list(sub(n))
print(list(gen_in_gen()))

def walrus():
    while (v := (yield)) is not None:
        print("walrus got", v)
w = walrus()
print(next(w))

def nested_genexpr_closure(k):
    return [list(k * a * b for b in range(3)) for a in range(2)]
print(nested_genexpr_closure(3))

def gen_locals_after_yield():
    total = 0
    for i in range(3):
        total += yield total
gl = gen_locals_after_yield()
print(next(gl))

print(list(zip((i for i in range(3)), (c for c in "xyz"))))
print(list(enumerate(x for x in "ab")))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print(min(x for x in [3, 1, 2]), max((x for x in [3, 1, 2]), key=lambda v: -v))
def g3():
    yield 1
    yield 2
print(list(map(lambda a, b: a * b, g3(), g3())))
print(list(filter(None, (x % 2 for x in range(5)))))
it = iter(g3())
print(next(it), list(it))
print(1 in g3(), 3 in g3())

x, y = g3()
print(x, y)
