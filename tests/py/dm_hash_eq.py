# __hash__ and __eq__: dict and set keys, unhashable types, inherited hash
# being cleared by __eq__, hash of numbers being consistent across types.
class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()

    def __hash__(self):
        return hash(self.name.lower())

    def __repr__(self):
        return f"Key({self.name!r})"


d = {Key("Alpha"): 1}
d[Key("ALPHA")] = 2
d[Key("beta")] = 3
print(d, len(d))
print(Key("alpha") in d, Key("gamma") in d)


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__)
for bad in (EqOnly(), [1], {1: 2}, {3}, bytearray(b"x")):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    {[1, 2]: 3}
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset([[1]])
except TypeError as e:
    print("TypeError:", e)
try:
    d2 = {}
    d2[{}] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    (1, [2]) in {(1, 2): 3}
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __hash__(self):
        return 12345


class Child(Base):
    def __eq__(self, other):
        return False


class Child2(Base):
    def __eq__(self, other):
        return False

    __hash__ = Base.__hash__


print(hash(Base()), Child.__hash__, hash(Child2()))

print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(0j))
print(hash(2**61 - 1), hash(2**61), hash(-1), hash(-2), hash(1.5), hash(-0.5))
print(hash(10**30) == hash(float(10**30)) or "float differs", hash(complex(3, 0)) == hash(3))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print({1: "a", 1.0: "b", True: "c"})
print({0, 0.0, False, -0.0})
s = {1, 2, 3}
s.add(2.0)
s.add(True)
print(sorted(s))


class BadHash:
    def __hash__(self):
        return "nope"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2**100


print(hash(BigHash()) == hash(2**100))


class HashRaises:
    def __hash__(self):
        raise ValueError("no hashing today")


try:
    {HashRaises(): 1}
except ValueError as e:
    print("ValueError:", e)


class Counted:
    hashes = 0
    eqs = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Counted.hashes += 1
        return self.v % 3

    def __eq__(self, other):
        Counted.eqs += 1
        return self.v == other.v


items = [Counted(i) for i in range(9)]
table = set(items)
print(len(table), Counted.hashes)
found = sum(1 for i in range(12) if Counted(i) in table)
print(found, Counted.hashes, Counted.eqs > 0)
