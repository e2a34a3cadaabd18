# Augmented assignment semantics: in-place on mutable vs rebinding on
# immutable, t[0] += [...] mutating the list and then failing on the tuple,
# evaluation order and single evaluation of the target's subexpressions,
# dict |=, set operators, str/bytes *=, and __iadd__ returning other objects.
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e, t)
calls = []


def idx(i):
    calls.append(f"idx({i})")
    return i


def obj():
    calls.append("obj()")
    return data


data = [10, 20, 30]
obj()[idx(1)] += 5
print(data, calls)
calls.clear()


class Box:
    def __init__(self):
        self.v = 1

    def __getattribute__(self, name):
        calls.append(f"get {name}")
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        calls.append(f"set {name}={value}")
        object.__setattr__(self, name, value)


b = Box()
calls.clear()
b.v += 41
print(b.v, calls)
d = {"a": 1}
alias = d
d |= {"b": 2}
d |= [("c", 3)]
print(d, alias is d)
try:
    d |= 5
except TypeError as e:
    print("TypeError:", e)
s = {1, 2}
s2 = s
s |= {3}
s &= {1, 3, 4}
s -= {9}
s ^= {5}
print(s, s is s2)
fs = frozenset({1})
fs2 = fs
fs |= {2}
print(fs, fs is fs2, fs2)
st = "ab"
st *= 3
bs = b"x"
bs *= 2
ba = bytearray(b"y")
ba2 = ba
ba *= 3
print(st, bs, ba, ba is ba2)
lst = [1]
lst2 = lst
lst *= 2
lst += "ab"
lst += range(2)
print(lst, lst is lst2)
try:
    lst += 5
except TypeError as e:
    print("TypeError:", e)
n = 7
n //= 2
n **= 3
n %= 10
n <<= 4
n >>= 1
n &= 0xFF
n |= 1
n ^= 3
n @= 1 if False else 1
print(n) if False else None
m = 7
m //= 2
m **= 3
m %= 10
m <<= 4
m >>= 1
m &= 0xFF
m |= 1
m ^= 3
print(m)
f = 1.5
f /= 0.5
f -= 1
print(f)


class Weird:
    def __iadd__(self, other):
        return "became a string"


w = Weird()
w += 1
print(w)


class Matrix:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, o):
        return Matrix(self.v * o.v)

    def __imatmul__(self, o):
        self.v = self.v * o.v * 10
        return self

    def __repr__(self):
        return f"M({self.v})"


mm = Matrix(2)
mm @= Matrix(3)
print(mm, Matrix(2) @ Matrix(3))
counter = {"hits": 0}
for _ in range(3):
    counter["hits"] += 1
print(counter)
try:
    counter["miss"] += 1
except KeyError as e:
    print("KeyError:", e)
try:
    undefined_name += 1
except NameError as e:
    print("NameError:", e)


def local_aug():
    try:
        q += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


local_aug()
a = b = [0]
a += [1]
print(a, b)
a = a + [2]
print(a, b)
