# super() in its forms and failure modes, cooperative multiple inheritance
# through the MRO, super() in classmethods, staticmethods (explicit form),
# properties and __init_subclass__, and MRO conflicts.
class Base:
    def __init__(self, **kw):
        print("  Base.__init__", sorted(kw))
        self.trail = ["Base"]

    def who(self):
        return "Base"

    @classmethod
    def make(cls):
        return f"Base.make for {cls.__name__}"

    @property
    def label(self):
        return "base-label"


class Left(Base):
    def __init__(self, left=None, **kw):
        print("  Left.__init__", left)
        super().__init__(**kw)
        self.trail.append("Left")

    def who(self):
        return "Left>" + super().who()


class Right(Base):
    def __init__(self, right=None, **kw):
        print("  Right.__init__", right)
        super().__init__(**kw)
        self.trail.append("Right")

    def who(self):
        return "Right>" + super().who()

    @classmethod
    def make(cls):
        return "Right>" + super().make()


class Diamond(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("Diamond")

    def who(self):
        return "Diamond>" + super().who()

    @property
    def label(self):
        return "diamond+" + super().label


d = Diamond(left=1, right=2, extra=3)
print(d.trail, d.who(), Diamond.make(), d.label)
print([c.__name__ for c in Diamond.__mro__])
print(super(Left, d).who(), super(Diamond, d).who(), super(Right, d).who())
print(super(Left, Diamond).who(d), super(Base, d).__init__ is not None)
sup = super(Diamond, d)
print(type(sup).__name__, sup.__thisclass__.__name__, sup.__self__ is d, sup.__self_class__.__name__)


class Meta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = mcs.__name__
        return cls


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.created_by)


class Tracked:
    subclasses = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Tracked.subclasses.append(cls.__name__)


class T1(Tracked):
    pass


class T2(T1):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("  T2 hook for", cls.__name__)


class T3(T2):
    pass


print(Tracked.subclasses)


def not_a_method():
    return super().x


for call in [not_a_method, lambda: super(int, "s"), lambda: super(Diamond, Base()), lambda: super(1, d),
             lambda: super(Diamond, d).nonexistent, lambda: super(Base, d).who()]:
    try:
        print(call())
    except (RuntimeError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class Static:
    @staticmethod
    def helper():
        return super(Static, Static).__name__ if False else "static ok"

    def method(self):
        def inner():
            return super().method()
        return inner


try:
    Static().method()()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__ + ":", e)


class A:
    pass


class B(A):
    pass


for bases in [(A, B), (A, A)]:
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print("TypeError:", e)


class X:
    pass


class Y:
    pass


class XY(X, Y):
    pass


class YX(Y, X):
    pass


try:
    class Z(XY, YX):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)


class Str(str):
    def upper(self):
        return "custom " + super().upper()


print(Str("abc").upper(), Str("x") + "y", type(Str("x") + "y").__name__)


class Counter(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)

    def __getitem__(self, key):
        return super().__getitem__(key) + 1


c = Counter()
c["a"] = 5
print(c["a"], dict(c), c.get("a"))
