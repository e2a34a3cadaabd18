# Annotations: module, class and function __annotations__, evaluation order.
def trace(label, value):
    print("eval", label)
    return value

x: trace("x", int) = trace("x-value", 1)
y: trace("y", str)
print(__annotations__, x)

class C:
    a: int = 1
    b: "forward"
    __private: float = 2.0
    def m(self, p: trace("p", int) = trace("default", 0), *args: trace("args", tuple), k: trace("k", bool) = True, **kw: trace("kw", dict)) -> trace("ret", None):
        q: trace("never", int) = 5
        return q
print(C.__annotations__, C.a, C._C__private)
print(C.m.__annotations__, C().m())

def no_annotations(a, b=1):
    pass
print(no_annotations.__annotations__)

class Attrs:
    pass
obj = Attrs()
obj.field: trace("attr", int) = 7
print(obj.field)
d = {}
d["key"]: trace("item", int) = 8
print(d)
if True:
    nested: list = []
for _ in range(1):
    looped: set = set()
print("looped" in __annotations__, "nested" in __annotations__, len(__annotations__))
lam = lambda v: v
print(lam.__annotations__)
try:
    undefined_target: int
    print(undefined_target)
except NameError as e:
    print("NameError:", e)
