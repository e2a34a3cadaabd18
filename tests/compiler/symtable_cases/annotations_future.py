from __future__ import annotations
# Under PEP 563 annotations are not evaluated: their names are not uses.
import typing

def f(a: Alpha, *args: Beta, b: Gamma = default, **kw: Delta) -> Epsilon:
    local: Zeta = 1
    other: Eta
    return local

class C:
    attr: Theta
    value: Iota = compute()
    def m(self, x: lambda: Kappa) -> [Lambda for _ in Mu]:
        pass

module_level: Nu = 1
alone: Xi
