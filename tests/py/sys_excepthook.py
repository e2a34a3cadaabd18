# sys.excepthook replaced: the uncaught exception goes to it; a hook that
# raises makes both tracebacks appear.
import sys

def first_hook(t, v, tb):
    print("hook:", t.__name__, v, tb is not None)
    sys.excepthook = failing_hook

def failing_hook(t, v, tb):
    raise KeyError("inner")

sys.excepthook = first_hook
print(sys.excepthook is first_hook, sys.__excepthook__ is not first_hook)
sys.excepthook(ValueError, ValueError("called directly"), None)
raise ValueError("boom")
