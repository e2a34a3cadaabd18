# Deep recursion: a RecursionError caught in the program (which then goes
# on and recurses again, recovering its stack), the messages for Python
# recursion and for recursion through __repr__/__eq__ of containers that
# contain themselves indirectly, and deep but legal recursion.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))


def infinite(n):
    return infinite(n + 1)


for attempt in range(3):
    try:
        infinite(0)
    except RecursionError as e:
        print(f"attempt {attempt}: RecursionError: {e}")
print(depth(500))


class Node:
    def __init__(self, child=None):
        self.child = child

    def __repr__(self):
        return f"Node({self.child!r})"


chain = None
for _ in range(5):
    chain = Node(chain)
print(chain)
deep = None
for _ in range(100000):
    deep = Node(deep)
try:
    repr(deep)
except RecursionError as e:
    print("RecursionError:", e)


class Eq:
    def __eq__(self, other):
        return self == other


try:
    Eq() == Eq()
except RecursionError as e:
    print("RecursionError:", e)
nested = []
for _ in range(100000):
    nested = [nested]
try:
    str(nested)
except RecursionError as e:
    print("RecursionError:", e)
try:
    nested == nested[0]
except RecursionError as e:
    print("RecursionError:", e)


def mutual_a(n):
    return mutual_b(n)


def mutual_b(n):
    return mutual_a(n)


try:
    mutual_a(1)
except RecursionError as e:
    print("RecursionError:", e)
# Release the deep chains one level at a time (their deallocation would
# otherwise recurse deeply in C too).
while deep is not None:
    deep = deep.child
while nested:
    nested = nested[0]
print("done")
