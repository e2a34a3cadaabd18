# Annotated assignments whose target is not a simple name: the annotation is
# evaluated in modules and classes (not stored), never in functions.
def trace(label):
    print("eval", label)
    return int


(x): trace("module parenthesized")
(y): trace("module parenthesized with value") = 1
print(y, "x" in __annotations__, "y" in __annotations__)


class Box:
    pass


b = Box()
b.attr: trace("module attribute")
b.attr2: trace("module attribute with value") = 2
items = [0]
items[0]: trace("module subscript") = 3
print(b.attr2, items, __annotations__)


class C:
    (z): trace("class parenthesized")
    w: trace("class simple") = 1
    print(__annotations__)


def f():
    (v): trace("function parenthesized")
    (u): trace("function parenthesized with value") = 5
    b.a: trace("function attribute") = 6
    return u


print(f(), b.a)
try:
    (q): undefined_name
except NameError as e:
    print("NameError:", e)
try:
    missing.attr: int
except NameError as e:
    print("NameError:", e)
try:
    items[undefined_index]: int
except NameError as e:
    print("NameError:", e)
