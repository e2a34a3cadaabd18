# Objects dropped by yield from (its iterable, the delegate, the last value
# sent) are deleted when CPython deletes them.
class Res:
    def __init__(self, name):
        self.name = name
    def __iter__(self):
        return iter([self.name + "-1", self.name + "-2"])
    def __del__(self):
        print("del", self.name)

class It:
    def __init__(self, name):
        self.name = name
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
    def __del__(self):
        print("del iterator", self.name)

class Val:
    def __del__(self):
        print("del sent value")

def g():
    yield from Res("a")
    print("after first")
    yield from It("b")
    print("after second")
    yield "end"

for x in g():
    print(x)

def h():
    x = yield from It("c")
    print("h after")
    yield 1
gen = h()
next(gen)
gen.send(None)
try:
    gen.send(None)
except StopIteration:
    pass
print("---")
def s():
    yield from inner()
    print("s after")
    yield 2
def inner():
    v = yield 1
    print("inner got value")
    v = None
    return 5
gg = s()
next(gg)
print(gg.send(Val()))
print("end")
