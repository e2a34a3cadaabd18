from __future__ import annotations
def f() -> (yield 1): pass
