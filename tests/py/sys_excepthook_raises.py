# A hook that raises: "Error in sys.excepthook:" and the original exception.
import sys

def hook(t, v, tb):
    raise KeyError("inner")

sys.excepthook = hook
def f():
    raise ValueError("boom")
f()
