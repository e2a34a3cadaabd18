# dict_keys, dict_values, dict_items: iteration, len, membership, repr,
# set operations, comparisons, isdisjoint, mapping, reversed, live updates.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {1: "one", 2: "two", 3: "three"}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it), list(k), list(v), list(it))
print(2 in k, 5 in k, (1, "one") in it, (1, "uno") in it, (9, "x") in it, 5 in it, (1, 2, 3) in it, "two" in v, "six" in v)
d[4] = "four"
print(k, len(v), list(it))
del d[1]
print(list(k), list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(type(k).__name__, type(v).__name__, type(it).__name__, type(iter(k)).__name__, type(iter(v)).__name__,
      type(iter(it)).__name__, type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(it)).__name__)
print(k.mapping, v.mapping, it.mapping, k.mapping[2])
check("mapping read-only", lambda: k.mapping.__setitem__(1, 2))
check("hash keys", lambda: hash(k))
check("unhashable member", lambda: [] in k)
check("unhashable item member", lambda: ([], 1) in it)

a = {1: 1, 2: 2, 3: 3}
b = {2: 20, 3: 3, 4: 4}
print(a.keys() & b.keys(), a.keys() | b.keys(), a.keys() - b.keys(), a.keys() ^ b.keys())
print(a.items() & b.items(), a.items() - b.items(), a.items() ^ b.items(), sorted(a.items() | b.items()))
print(a.keys() & {1, 9}, a.keys() | [7], a.keys() - (1,), a.keys() ^ {1, 100}, {2, 3, 50} & a.keys(),
      [9, 1] | a.keys(), (1, 5) - a.keys(), {1, 8} ^ a.keys())
print(a.keys() & [], a.keys() & range(2, 10), a.items() & [(1, 1), (2, 5)], type(a.keys() & b.keys()).__name__)
check("and int", lambda: a.keys() & 5)
check("sub int", lambda: a.keys() - 5)
check("values and", lambda: a.values() & b.values())
print(a.keys() == {1, 2, 3}, a.keys() == {1, 2}, a.keys() != {1}, a.keys() < {1, 2, 3, 4}, a.keys() <= {1, 2, 3},
      a.keys() > {1}, a.keys() >= {1, 2, 3}, a.keys() == b.keys(), {1: 0}.keys() == {1: 5}.keys())
print(a.items() == {(1, 1), (2, 2), (3, 3)}, a.items() < b.items(), a.items() == [1], a.keys() == [1, 2, 3])
print(a.values() == a.values(), a.keys() == frozenset({1, 2, 3}), frozenset({3}) < a.keys())
print(a.keys().isdisjoint({7, 8}), a.keys().isdisjoint([3]), a.items().isdisjoint({(1, 1)}),
      a.keys().isdisjoint(b.keys()), a.keys().isdisjoint(a.keys()), {}.keys().isdisjoint({}.keys()),
      a.keys().isdisjoint(x for x in [5, 6]))
check("isdisjoint int", lambda: a.keys().isdisjoint(3))
check("isdisjoint no arg", lambda: a.keys().isdisjoint())

r = {}
r["self"] = r.keys()
print(r)
r2 = {}
r2[1] = r2.values()
print(r2)
print({}.keys(), {}.values(), {}.items(), {"s": [1, {2: 3}]}.items())

e = {"x": 1, "y": 2}
ik = iter(e.items())
first = next(ik)
second = next(ik)
print(first, second, first is second)
ik2 = iter(e.items())
p1 = next(ik2)
del p1
p2 = next(ik2)
print(p2)
vi = iter(e.values())
print(vi.__length_hint__(), next(vi), vi.__length_hint__(), list(vi), vi.__length_hint__())
rv = reversed(e.items())
print(rv.__length_hint__(), next(rv), list(rv))
check("view new", lambda: type(k)())
check("iter new", lambda: type(iter(k))())

big = {i: i * i for i in range(50)}
print(sum(big.keys()), sum(big.values()), sum(x * y for x, y in big.items()), max(big.items()))
for key in list(big):
    if key % 3:
        del big[key]
print(list(big.keys())[:5], len(big.values()), list(reversed(big.items()))[:3])
