# Assigning a class's __bases__: methods and attributes now come from the
# new bases, subclasses see the change (their MRO is recomputed), special
# methods are re-resolved, instances follow their class, and the errors:
# non-tuple, empty, non-class items, inheritance cycles, layout conflicts,
# inconsistent MROs, builtin types and deletion.
class A:
    def who(self):
        return "A"

    tag = "from A"


class B:
    def who(self):
        return "B"

    def __len__(self):
        return 42

    tag = "from B"


class C(A):
    pass


class D(C):
    def who(self):
        return "D>" + super().who()


c, d = C(), D()
print(c.who(), d.who(), C.tag, [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(c.who(), d.who(), C.tag, len(c), len(d), [k.__name__ for k in D.__mro__], C.__base__.__name__)
print(A.__subclasses__(), [k.__name__ for k in B.__subclasses__()], isinstance(d, B), isinstance(d, A))
C.__bases__ = (A, B)
print(c.who(), len(c), [k.__name__ for k in C.__mro__])
try:
    len(C.__bases__[0]())
except TypeError as e:
    print("TypeError:", e)
C.__bases__ = (A,)
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)
print(c.who(), [k.__name__ for k in C.__mro__])
for value in ([A], (), (1,), (D,), (C,), (int,), (A, A)):
    try:
        C.__bases__ = value
        print("assigned", value)
    except TypeError as e:
        print("TypeError:", e)


class X:
    pass


class Y(X):
    pass


class Z(X):
    pass


try:
    Z.__bases__ = (X, Y)
except TypeError as e:
    print("TypeError:", e)
for action in ("int.__bases__ = (object,)", "del C.__bases__", "object.__bases__ = ()"):
    try:
        exec(action)
    except TypeError as e:
        print("TypeError:", e)


class Slotted:
    __slots__ = ("s",)


class Plain:
    pass


try:
    Plain.__bases__ = (Slotted,)
except TypeError as e:
    print("TypeError:", e)


class P1:
    def hello(self):
        return "P1"


class Q(Plain):
    pass


Q.__bases__ = (P1,)
print(Q().hello(), Q.__bases__, Q.__mro__[1].__name__)
