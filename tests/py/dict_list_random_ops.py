# Pseudo-random sequences of dict and list operations (a fixed LCG), with
# the state printed along the way: orders after deletions, popitem,
# setdefault, update, insert/pop/remove/slicing must all agree.
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n


d = {}
log = []
for step in range(3000):
    op = rnd(10)
    k = rnd(60)
    if op < 3:
        d[k] = step
    elif op == 3:
        log.append(d.pop(k, None))
    elif op == 4 and d:
        log.append(d.popitem())
    elif op == 5:
        log.append(d.setdefault(k, -step))
    elif op == 6:
        d.update({k: step, k + 100: -1})
    elif op == 7:
        if k in d:
            del d[k]
    elif op == 8:
        log.append(d.get(k, "none"))
    else:
        d = dict(d) if rnd(2) else d.copy()
    if step % 500 == 0:
        print(step, len(d), list(d.items())[:8], log[-3:])
print(len(d), list(d)[:20], sum(d.values()), len(log))
print(list(reversed(d.items()))[:5], list(d.keys() & range(10)), sorted(d.values())[-5:])

lst = []
for step in range(3000):
    op = rnd(9)
    v = rnd(100)
    if op < 3:
        lst.append(v)
    elif op == 3:
        lst.insert(rnd(len(lst) + 1) - rnd(3), v)
    elif op == 4 and lst:
        log.append(lst.pop(rnd(len(lst))))
    elif op == 5 and v in lst:
        lst.remove(v)
    elif op == 6:
        i = rnd(len(lst) + 1)
        lst[i:i + rnd(3)] = [v] * rnd(3)
    elif op == 7 and len(lst) > 3:
        del lst[rnd(len(lst))::rnd(4) + 1]
    else:
        lst.extend(range(rnd(3)))
    if step % 500 == 0:
        print(step, len(lst), lst[:10], lst.count(v), lst.index(lst[-1]) if lst else None)
lst.sort()
print(len(lst), lst[:15], lst[-5:], lst[::97])
lst.sort(key=lambda x: (x % 7, -x), reverse=True)
print(lst[:15])
