# Loops: for/while with else, break and continue (also inside try/finally
# and with), loop variables after the loop, mutation during iteration,
# nested loops with flags, and range with every step.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("never: the loop was broken")
while False:
    pass
else:
    print("while-else runs when the condition is false at first")
for x in []:
    pass
else:
    print("for-else on an empty iterable")
for x in range(3):
    pass
print("x after loop:", x)


def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            return idx
    return -1


print(find("hello", "l"), find("hello", "z"))
log = []
for k in range(4):
    try:
        if k == 1:
            continue
        if k == 3:
            break
        log.append(f"body{k}")
    finally:
        log.append(f"finally{k}")
print(log)


def break_in_finally():
    for k in range(3):
        try:
            return f"returning {k}"
        finally:
            if k == 0:
                break
    return "after loop"


print(break_in_finally())


def continue_in_finally():
    out = []
    for k in range(3):
        try:
            out.append(k)
            raise ValueError
        finally:
            continue
    return out


print(continue_in_finally())


class Ctx:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        print("  enter", self.tag)

    def __exit__(self, *a):
        print("  exit", self.tag)


for k in range(3):
    with Ctx(k):
        if k == 0:
            continue
        if k == 1:
            break
items = [1, 2, 3, 4, 5, 6]
for v in items:
    if v % 2 == 0:
        items.remove(v)
print(items)
queue = [1]
for v in queue:
    if v < 5:
        queue.append(v + 1)
print(queue)
d = {"a": 1}
try:
    for key in d:
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1}
try:
    for e in s:
        s.add(e + 1)
except RuntimeError as e:
    print("RuntimeError:", e)
found = None
for row in range(3):
    for col in range(3):
        if row * col == 2:
            found = (row, col)
            break
    if found:
        break
print(found)
print(list(range(10, 0, -3)), list(range(-5, 5, 4)), list(range(5, 5)), list(range(0, -3, -1)))
print(len(range(0, 100, 7)), range(0, 100, 7)[-1], 49 in range(0, 100, 7), range(1, 10, 2).index(7))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
total = 0
for a, b in zip(range(5), range(10, 0, -2)):
    total += a * b
print(total)
it = iter(range(10))
for v in it:
    if v == 3:
        break
print("rest:", list(it))
n = 5
while n:
    n -= 1
    if n == 2:
        print("hit 2")
        break
else:
    print("no break")
print("n =", n)
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j, end="; ")
print()
