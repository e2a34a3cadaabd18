# locals() and dir() in functions whose parameters are captured by closures
# (their slots hold cells) next to locals that hold cell objects as values,
# and super() when self is captured by a nested function.
def make():
    v = 1
    def g(): return v
    return g
def f(p):
    cell = make().__closure__[0]
    def h(): return p
    print(sorted(dir()))
    return {k: type(v).__name__ for k, v in locals().items()}
print(f(5))
class Base:
    def hello(self):
        return "base hello"


class Child(Base):
    def hello(self):
        greet = lambda: self.__class__.__name__
        return super().hello() + " via " + greet()

    def with_cell_arg(self, c):
        inner = lambda: (self, c)
        return super().hello(), type(c).__name__, sorted(locals())


print(Child().hello())
print(Child().with_cell_arg(make().__closure__[0]))


def params(a, b, *rest, k=1, **kw):
    def use():
        return a, rest, kw
    return {name: value for name, value in locals().items() if name != "use"}


print(params(1, 2, 3, k=4, z=5))
