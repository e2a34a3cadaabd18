# Subclasses of list: constructors, instance attributes, overridden methods,
# operators returning plain lists, super() calls.
class Stack(list):
    def push(self, item):
        self.append(item)
        return self
    def peek(self):
        return self[-1]
    def __repr__(self):
        return f"Stack({list.__repr__(self)})"

s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), len(s), s.pop(), s, type(s).__name__, isinstance(s, list))

class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
    def describe(self):
        return f"{self.name}: {len(self)} items, total {sum(self)}"

n = Named("scores", [10, 20, 30])
n.append(40)
print(n.describe(), n, n.name, n.__dict__)
n.__dict__["extra"] = 1
print(n.extra, vars(n))
print(type(n + [1]), type(n[1:]), type(n * 2), type(n.copy()), n == [10, 20, 30, 40])
n += [50]
print(type(n), n, n.name)
n *= 2
print(type(n), len(n))

class Sorted(list):
    def append(self, item):
        super().append(item)
        self.sort()

t = Sorted()
for v in (5, 1, 4, 2):
    t.append(v)
print(t)
t.extend([0, 9])
print(t)

class Counting(list):
    calls = 0
    def __getitem__(self, i):
        Counting.calls += 1
        return super().__getitem__(i)

c = Counting([1, 2, 3])
print(c[0], c[-1], c[0:2], Counting.calls, list(c), Counting.calls)

class WithNew(list):
    def __new__(cls, *args):
        self = super().__new__(cls)
        self.created = True
        return self

w = WithNew([1, 2])
print(w, w.created)

class Empty(list):
    pass

e = Empty("hey")
print(e, len(e), e.count("h"), sorted(e), e.index("y"))
try:
    Empty(1, 2)
except TypeError as ex:
    print("TypeError", ex)
try:
    Empty(x=1)
except TypeError as ex:
    print("TypeError", ex)

class Kw(list):
    def __init__(self, *args, scale=1):
        super().__init__(v * scale for v in args)

print(Kw(1, 2, scale=10))
print(list.__len__(Kw(1, 2, 3)), Kw.__mro__)
