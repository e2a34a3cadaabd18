# Augmented assignment to items and slices: the container and the key are
# evaluated once, then the item, the value, the operation and the store.


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, "->", repr(e))


log = []


def note(label, value):
    global log
    log += [label]
    return value


def items():
    global log
    log = []
    data = [1, 2, 3]
    note("container", data)[note("key", 1)] += note("value", 10)
    counts = {"a": 1}
    counts["a"] += 5
    counts["b"] = 0
    counts["b"] -= 2
    nested = [[1], [2]]
    nested[1][0] *= 7
    nested[0] += [9]
    return data, counts, nested, log


show("items", items)


def slices():
    s = [0, 1, 2, 3, 4]
    s[1:3] += ["x"]
    t = [5, 6]
    t[:] *= 2
    return s, t


show("slices", slices)


def operators():
    d = {"n": 7}
    d["n"] //= 2
    d["n"] **= 3
    d["n"] %= 10
    d["n"] <<= 4
    d["n"] >>= 1
    d["n"] |= 1
    d["n"] &= 0xF0F
    d["n"] ^= 3
    d["n"] /= 4
    d["n"] -= 0.5
    return d


show("operators", operators)


def walrus_keeps_the_old_object():
    a = [1, 2]
    b = [10, 20]
    a[0] += (a := b)[1]
    return a, b


show("walrus", walrus_keeps_the_old_object)


def in_place_list_is_same_object():
    inner = [1]
    outer = [inner]
    outer[0] += [2]
    return inner, outer[0] is inner


show("same object", in_place_list_is_same_object)


def tuple_item_fails_after_extend():
    t = ([1],)
    try:
        t[0] += [2]
    except TypeError as e:
        return repr(e), t


show("tuple item", tuple_item_fails_after_extend)
d = {}
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)
try:
    d[[]] += 1
except TypeError as e:
    print(e)
try:
    None.attribute += 1
except AttributeError as e:
    print(e)
counter = [0]
for i in range(5):
    counter[0] += i
print(counter)
