# The generator methods and attributes: send (values, the just-started rule,
# StopIteration with the return value), throw (classes, instances, values),
# close, gi_running/gi_suspended/gi_yieldfrom, __name__/__qualname__;
# generators as __iter__ of classes; iter() over __getitem__.
def echo():
    r = yield "ready"
    while r != "stop":
        r = yield "got " + str(r)
    return "stopped"

g = echo()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None), g.send(5), next(g))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value, e.args)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)
print(g.__name__, g.__qualname__, type(g).__name__)
print(repr(g) == "<generator object echo at " + "x")

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield "caught " + str(e)
c = catcher()
print(next(c), c.throw(ValueError("x")), next(c), c.throw(ValueError, "v"))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(c.gi_suspended, c.gi_running)

def inner():
    try:
        x = yield 1
        print("inner got", x)
        yield 2
    finally:
        print("inner finally")
    return "done"

def outer():
    r = yield from inner()
    print("outer r", r)
    yield 3

o = outer()
print(next(o), o.send("hi"), type(o.gi_yieldfrom).__name__)
o.close()
print("closed", o.gi_suspended)

def running():
    yield g2.gi_running
g2 = running()
print(next(g2))

def fin():
    try:
        yield 1
    finally:
        print("cleanup")
f = fin()
next(f)
del f
print("end")

class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
print(list(Counter(3)), sum(Counter(5)))

class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
def deleg():
    r = yield from It()
    print("It returned", r)
print(list(deleg()))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(iter(Seq())), list(reversed([1,2])), type(iter(Seq())).__name__)
