import sys as _sys
a = 1
b = 2
_hidden = 3
def f():
    return "f"
