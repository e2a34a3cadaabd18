from __future__ import annotations


def f(x: int) -> str:
    from __future__ import division
    return str(x)
