# Starred assignment targets.


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, "->", repr(e))


def unpack(value, kind):
    if kind == 0:
        a, *b, c = value
        return a, b, c
    if kind == 1:
        *a, b = value
        return a, b
    if kind == 2:
        a, *b = value
        return a, b
    if kind == 3:
        [*a] = value
        return a
    if kind == 4:
        *a, = value
        return a
    if kind == 5:
        a, b, *c, d, e = value
        return a, b, c, d, e


show("middle", lambda: unpack([1, 2, 3, 4], 0))
show("middle empty", lambda: unpack((1, 2), 0))
show("first", lambda: unpack("abc", 1))
show("last", lambda: unpack(range(4), 2))
show("only", lambda: unpack((1, 2), 3))
show("only tuple", lambda: unpack("xy", 4))
show("several", lambda: unpack(range(7), 5))
show("too few", lambda: unpack([1], 0))
show("too few after", lambda: unpack([1, 2, 3], 5))
show("too few before", lambda: unpack([], 2))
show("none at all", lambda: unpack([], 0))
show("not iterable", lambda: unpack(5, 0))
show("not iterable None", lambda: unpack(None, 4))


def targets():
    d = {}
    lst = [0, 0, 0]
    d["a"], *lst[1:], d["z"] = range(5)
    (x, *y), *z = [(1, 2, 3), 4, 5]
    for first, *rest in [(1, 2, 3), "ab", [9]]:
        print("loop", first, rest)
    return d, lst, x, y, z


show("targets", targets)
a, *b = "module"
print(a, b)
[c, *d, e] = (1, 2)
print(c, d, e)
