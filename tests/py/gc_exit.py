# At exit, as CPython's finalization goes: the garbage cycles are collected
# first, their finalizers seeing the program's globals; then the main
# module's namespace is released and everything only it reached is
# finalized, the globals still intact. (The order of those finalizers is
# the collector's list order: the order the objects were made, except that
# an object found only through a younger one goes after it, so objects in
# containers made after them are not part of this test.)
class Del:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "sees", GLOBAL_FLAG, type(helper).__name__)


def helper():
    pass


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally, sees", GLOBAL_FLAG)


def make_garbage():
    a = Del("garbage a")
    b = Del("garbage b")
    a.b, b.a = b, a
    g = gen()
    next(g)
    a.g = g


class WithClassRef:
    def __del__(self):
        print("instance of a class in a cycle with its instance:", type(self).__name__)


first = Del("first global")
make_garbage()
running = gen()
next(running)
second = Del("second global")
second.me = second
GLOBAL_FLAG = "flag"
WithClassRef.instance = WithClassRef()
ns = {"Del": Del}
exec("kept = Del('made by exec, in its namespace')\ndef f(): return kept\n", ns)
print("main done")
