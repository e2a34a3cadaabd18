# Class bodies: names that skip class scopes, __class__, DEF_FREE_CLASS, mangling.
def f():
    x = 1
    y = 2
    __private = 3
    class C:
        x = 2          # class-local x, and x is also free in method: DEF_FREE_CLASS
        z = y          # free in the class body
        global gdecl
        gdecl = 1
        def method(self):
            return x, y, gdecl
        def uses_super(self):
            return super().method()
        def uses_dunder_class(self):
            return __class__
        def nested_super(self):
            def inner():
                return super()
            return inner
        def lambda_super(self):
            return lambda: super()
        def comp_super(self):
            return [super() for _ in ()]
        def mangled(self, __arg):
            __local = __arg
            return __private, __local, self.__attr
        class __Inner:
            def m(self):
                return __class__, __private
        __slot = lambda: __slot
        [__q for __q in ()]
        def __dunder__(self):
            return __dunder__
    return C

class _:
    __x = 1  # a class named only by underscores does not mangle
    def __m(self): return __x

class __Under:
    __y = 1  # leading underscores of the class name are dropped: _Under__y
    import __hello.world as __hw
    import __plain.mod
    from . import __rel

class Outer:
    def method(self):
        class Nested:
            def m2(self):
                return super()
        return super(), Nested

class UsesClassName:
    __class__ = 1
    def m(self):
        return super()

class Annotated:
    a: int
    b: str = "x"
    (c): int = 1
    d.e: int
    f[0]: int = 2
    def g(self) -> "Annotated":
        h: int
        return h
