# Mutating a dict while iterating it: CPython's RuntimeErrors, sticky
# iterators, and the uncaught error's traceback.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def grow():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
check("grow", grow)

def shrink():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
check("shrink", shrink)

def values_grow():
    d = {1: 1}
    for v in d.values():
        d[v + 1] = 0
check("values", values_grow)

def items_grow():
    d = {1: 1}
    for kv in d.items():
        d.pop(1)
check("items", items_grow)

def same_size_swap():
    d = {1: 1, 2: 2}
    seen = []
    for k in d:
        seen.append(k)
        if k == 1:
            del d[2]
            d[3] = 3
    return seen
check("same size", same_size_swap)

def replace_values():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        d[k] = k * 100
    return d
check("replace values ok", replace_values)

def sticky():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d[5] = 5
    out = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            out.append(str(e))
    del d[5]
    try:
        next(it)
    except RuntimeError as e:
        out.append("still: " + str(e))
    return out
check("sticky", sticky)

def exhausted():
    d = {1: 1}
    it = iter(d)
    out = list(it)
    d[2] = 2
    out.append(list(it))
    return out
check("exhausted", exhausted)

def reversed_grow():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d[k * 7] = 0
check("reversed", reversed_grow)

def hint_after_change():
    d = {1: 1, 2: 2}
    it = iter(d)
    d[3] = 3
    return it.__length_hint__()
check("hint", hint_after_change)

def clear_during():
    d = {1: 1, 2: 2}
    for k in d:
        d.clear()
check("clear", clear_during)

def popitem_loop():
    d = {i: i for i in range(5)}
    out = []
    while d:
        out.append(d.popitem())
    return out
check("popitem loop", popitem_loop)

inventory = {"apples": 3, "pears": 0, "plums": 2}
for name in inventory:
    if inventory[name] == 0:
        del inventory[name]
