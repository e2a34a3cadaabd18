# Hash tables with user keys: __hash__/__eq__ call counts on insert and
# lookup, colliding hashes, keys equal across types, a key whose hash
# changes after insertion (lost), __eq__ raising during lookup, and the
# insertion-order rules when keys are overwritten, deleted and re-added.
class Key:
    eq_calls = 0
    hash_calls = 0

    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        Key.hash_calls += 1
        return self.h

    def __eq__(self, other):
        Key.eq_calls += 1
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"K({self.name})"


def counts(label):
    print(f"  {label}: hash={Key.hash_calls} eq={Key.eq_calls}")
    Key.hash_calls = Key.eq_calls = 0


d = {}
a, b, c = Key("a", 1), Key("b", 1), Key("c", 2)
d[a] = 1
counts("insert a")
d[b] = 2
counts("insert b (collides with a)")
d[c] = 3
counts("insert c")
print(d[Key("b", 1)], Key("a", 1) in d, Key("z", 1) in d)
counts("lookups")
d[Key("a", 1)] = "overwritten"
counts("overwrite a")
print(d, list(d))
s = {a, b, c, Key("a", 1)}
counts("set of four")
print(len(s), sorted(k.name for k in s))
m = Key("mutable", 5)
bag = {m: "value"}
m.h = 6
print(m in bag, bag.get(m), len(bag), list(bag))
m.h = 5
print(m in bag)


class Boom:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError("eq exploded")


d2 = {Boom(): 1}
try:
    d2[Boom()]
except ValueError as e:
    print("ValueError:", e)
try:
    Boom() in {Boom()}
except ValueError as e:
    print("ValueError:", e)
print(Boom() in {Boom()} if False else "identity shortcut:", (lambda x: x in {x})(Boom()))
od = {"a": 1, "b": 2, "c": 3}
od["a"] = 10
del od["b"]
od["b"] = 20
od.pop("c")
od["c"] = 30
print(list(od.items()))
mixed = {1: "int", 1.0: "float", True: "bool", 1 + 0j: "complex"}
print(mixed, {1.5: "x", 3 / 2: "y"}, {"": 0, b"": 1}, {(): 1, (1,): 2, frozenset(): 3})
print({n: n * n for n in range(-3, 4)}, dict.fromkeys([3, 1, 2, 1]))
nan = float("nan")
nd = {nan: 1}
nd[nan] = 2
nd[float("nan")] = 3
print(len(nd), list(nd.values()))
big = {i * 2 ** 61: i for i in range(5)}
print(list(big.values()), 2 ** 61 in big, 0 in big, (2 ** 61) * 3 in big)
