# breakpoint() hands its arguments to sys.breakpointhook; without the hook
# it is a RuntimeError; sys.__breakpointhook__ keeps the original.
import sys
print(breakpoint, sys.breakpointhook, sys.__breakpointhook__ is sys.breakpointhook)
sys.breakpointhook = lambda *a, **k: ("hook", a, k)
print(breakpoint(1, 2, x=3))
def hook():
    raise ValueError("from the hook")
sys.breakpointhook = hook
try:
    breakpoint()
except ValueError as e:
    print("ValueError", e)
try:
    breakpoint(1)
except TypeError as e:
    print("TypeError", e)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError", e)
sys.breakpointhook = sys.__breakpointhook__
print("end")
