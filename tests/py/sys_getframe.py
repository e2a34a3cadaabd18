# sys._getframe with its argument errors; a future statement binds its feature.
from __future__ import annotations
def h(x: int) -> list[str]: pass
print(annotations, h.__annotations__)
import sys
def f():
    fr = sys._getframe()
    print(fr.f_code.co_name, sys._getframe(1).f_code.co_name, fr.f_back is sys._getframe(1))
    try:
        sys._getframe(100)
    except ValueError as e:
        print(e)
    for bad in ("x", 1.5, 2**40):
        try:
            sys._getframe(bad)
        except Exception as e:
            print(type(e).__name__, e)
    print(sys._getframe(-3).f_code.co_name)
def g(): f()
g()
print(sys._getframe().f_back)
