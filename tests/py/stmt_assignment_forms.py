# Assignment statements: chained targets, nested tuple/list unpacking,
# starred targets in every position, attribute and subscript targets mixed
# with names, annotated assignments, augmented assignment semantics
# (in-place for lists, rebinding for tuples, the tuple-item += paradox).
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), [r, s] = (1, 2), "ab"
print(p, q, r, s)
first, *middle, last = range(6)
print(first, middle, last)
*head, tail = "xyz"
print(head, tail)
(one, *rest), two = [1, 2, 3], 4
print(one, rest, two)
[*everything] = (1, 2)
print(everything)
h, *t = [0]
print(h, t)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
for *init, end in ["abc", "de"]:
    print(init, end)


class Box:
    pass


box = Box()
d = {}
lst = [0, 0, 0]
box.value, d["key"], lst[1], name = "attr", "item", "index", "name"
print(box.value, d, lst, name)
box.a = box.b = d["x"] = lst[-1] = 7
print(box.a, box.b, d["x"], lst)
i = 0
i, lst[i] = 2, "at 2"
print(lst)

errors = [
    "a, b = 1, 2, 3",
    "a, b, c = 1, 2",
    "a, b = 1",
    "a, *b, c = [1]",
    "(a, b), c = [1, 2], 3",
    "a, b = None",
    "[a] = []",
    "a, = 'xy'",
]
for src in errors:
    try:
        exec(src, {})
    except (ValueError, TypeError) as e:
        print(f"{src:24} {type(e).__name__}: {e}")


class Gen:
    def __iter__(self):
        yield "only"


try:
    u, v = Gen()
except ValueError as e:
    print("ValueError:", e)
count: int = 0
label: str
print(count, "label" in dir())
nums = [1, 2]
alias = nums
nums += [3]
print(nums, alias, nums is alias)
tup = (1, 2)
talias = tup
tup += (3,)
print(tup, talias, tup is talias)
s = "ab"
s *= 3
print(s)
holder = ([1],)
try:
    holder[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(holder)
counter = {"n": 0}
counter["n"] += 1
counter["n"] **= 3
counter["n"] -= 10
counter["n"] //= 3
print(counter)
bits = 0b1010
bits |= 0b0101
bits &= 0b1100
bits ^= 0b0001
bits <<= 2
bits >>= 1
print(bin(bits))
f = 7.0
f /= 2
f %= 2
print(f)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
m2 = [[0] * 2 for _ in range(2)]
m2[0][0] = 1
print(m2)
x = [1, 2, 3]
x[1:2] = x
print(x)
y = z = w = 0
y += 1
print(y, z, w)
first, second = second, first = "ab"
print(first, second)
a = [1, 2, 3, 4, 5, 6]
a[0], a[a[0]] = 5, 6
print(a)
print("end")
