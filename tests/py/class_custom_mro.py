# A metaclass mro(): as a function, a staticmethod, a classmethod; a result
# that leaves the class out, holds a non-class or a base of another layout.
class M(type):
    def mro(cls):
        print("M.mro", cls.__name__)
        return type.mro(cls)
class A(metaclass=M): pass
class B(A):
    def mro(self): return "instance mro"
print(B.__mro__)
class N(type):
    mro = staticmethod(lambda: (object,))
try:
    class C(metaclass=N): pass
except TypeError as e: print("TypeError", e)
class P(type):
    @classmethod
    def mro(mcls):
        print("classmethod mro", mcls.__name__)
        return (object,)
try:
    class D(metaclass=P): pass
    print(D.__mro__)
except TypeError as e: print("TypeError", e)
class Q(type):
    def mro(cls): return [cls, 1]
try:
    class E(metaclass=Q): pass
except TypeError as e: print("TypeError", e)
class R(type):
    def __call__(cls, *a, **k):
        print("R.__call__", a, k)
        return super().__call__(*a, **k)
class F(metaclass=R):
    def __init__(self, x, y=2): print("init", x, y)
F(1, y=3)
class S:
    __slots__ = ('a',)
class M(type):
    def mro(cls):
        return (cls, S, object)
try:
    class X(metaclass=M): pass
except TypeError as e: print(e)
class M2(type):
    def mro(cls):
        return (cls, int, object)
try:
    class Y(metaclass=M2): pass
except TypeError as e: print(e)
