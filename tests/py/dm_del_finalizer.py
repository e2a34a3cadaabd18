# __del__: runs when the last reference goes (del, rebinding, leaving a
# function, a container being cleared), exceptions in __del__ are printed as
# "Exception ignored in" and do not propagate, resurrection-free ordering.
class Noisy:
    def __init__(self, name):
        self.name = name
        print("  create", name)

    def __del__(self):
        print("  delete", self.name)


a = Noisy("a")
del a
b = Noisy("b")
b = Noisy("b2")
print("after rebinding")


def scope():
    local = Noisy("local")
    print("  in function")


scope()
print("after function")
items = [Noisy("i1"), Noisy("i2")]
items.clear()
print("after clear")
d = {"k": Noisy("dict value")}
d["k"] = None
print("after dict overwrite")
t = (Noisy("in tuple"),)
t = None
holder = [Noisy("nested")]
outer = [holder]
del holder
print("still referenced by outer")
outer.pop()
print("after pop")


class Finalizer:
    """A callable without __get__ as __del__: called with no arguments, and
    its repr is what "Exception ignored in" shows (a function's has an address)."""

    def __call__(self):
        raise ValueError("error in __del__")

    def __repr__(self):
        return "<finalizer>"


class Raises:
    __del__ = Finalizer()


r = Raises()
del r
print("continues after the ignored exception")


class Chain:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("  delete chain", self.name)


c = Chain("root", Chain("mid", Chain("leaf")))
del c
print("after chain")


def make_and_return():
    temp = Noisy("temp")
    keep = Noisy("keep")
    return keep


k = make_and_return()
print("returned", k.name)
k = None
g = (Noisy(f"gen{i}") for i in range(2))
first = next(g)
print("got", first.name)
first = None
del g
print("generator dropped")
x = Noisy("exception arg")
try:
    raise KeyError(x)
except KeyError as e:
    print("caught", e.args[0].name)
del x
print("after except")
b2 = b
del b
print("alias keeps it")
del b2
print("end of program")
