# Without the future import, annotations are evaluated where they stand.
import typing

def f(a: Alpha, *args: Beta, b: Gamma = default, **kw: Delta) -> Epsilon:
    local: Zeta = 1
    other: Eta   # the annotation of a local is not evaluated: Eta is still a use
    return local

class C:
    attr: Theta
    value: Iota = compute()
    def m(self, x: lambda: Kappa) -> [Lam for _ in Mu]:
        pass

module_level: Nu = 1
alone: Xi

def g():
    global gl
    (gl): int = 1     # not a simple target: allowed after global
    gl.attr: int = 2
