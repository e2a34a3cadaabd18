# del of every target kind: names, items, slices, attributes, and tuples or
# lists of targets, left to right.


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, "->", repr(e))


def names():
    a, b, c = 1, 2, 3
    del a, (b, [c])
    out = []
    for name in ("a", "b", "c"):
        try:
            if name == "a":
                a
            elif name == "b":
                b
            else:
                c
        except UnboundLocalError as e:
            out += [str(e)]
    return out


show("names", names)


def items():
    d = {"a": 1, "b": 2, "c": 3}
    lst = list(range(10))
    del d["a"], lst[0]
    del [d["b"]], (lst[-1], lst[2:4])
    del lst[::2]
    return d, lst


show("items", items)


def partial():
    # The first target is deleted before the second fails.
    d = {"a": 1}
    try:
        del d["a"], d["missing"]
    except KeyError as e:
        return repr(e), d


show("partial", partial)


def slices():
    s = list(range(8))
    del s[1:3]
    del s[:]
    t = list(range(5))
    del t[-2:]
    return s, t


show("slices", slices)
g1 = g2 = 0
del (g1, g2)
try:
    g1
except NameError as e:
    print(e)


def global_del():
    global g3
    g3 = 1
    del g3
    try:
        del g3
    except NameError as e:
        return str(e)


show("global", global_del)
show("del unbound", lambda: exec_del())


def exec_del():
    x = 1
    del x
    del x


show("index error", lambda: delete_item([1], 5))


def delete_item(lst, i):
    del lst[i]


show("tuple item", lambda: delete_item((1,), 0))
show("attribute", lambda: delete_attribute(None))


def delete_attribute(obj):
    del obj.name
