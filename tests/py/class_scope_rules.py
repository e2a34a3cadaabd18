# Class body scoping: names in a class body are not visible to methods or to
# nested comprehensions (except the first iterable), class-level names shadow
# globals only inside the body, nonlocal/global from methods, __class__ cell
# and zero-argument super, __qualname__ of nested things, and class bodies
# executing top to bottom.
x = "global x"


class A:
    x = "class x"
    y = x + "!"
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        bad = [x for _ in range(1)]
    except NameError as e:
        err = str(e)
    first_iter_ok = [v for v in items if v > 1]

    def method(self):
        return x

    def cls_x(self):
        return self.x, type(self).x, A.x

    print("in body:", x, y)


print(A.doubled, A.bad, A.first_iter_ok, A().method(), A().cls_x())


def outer():
    v = "outer v"

    class Inner:
        v = "Inner v"
        w = v

        def get(self):
            return v

    return Inner


I = outer()
print(I.w, I().get(), I.__qualname__, I.get.__qualname__)


def f():
    z = 1

    class C:
        nonlocal z
        z = 2

    return z


print(f())


class Counter:
    total = 0

    def bump(self):
        global x
        x = "rebound by method"
        Counter.total += 1
        self.total += 10
        return self.total


c = Counter()
print(c.bump(), Counter.total, c.total, x)


class Base:
    def who(self):
        return "Base"


class Derived(Base):
    def who(self):
        return "Derived>" + super().who()

    def cls(self):
        return __class__.__name__

    @classmethod
    def cm(cls):
        return super().who(None) if False else cls.__name__

    @staticmethod
    def sm():
        return __class__.__name__


print(Derived().who(), Derived().cls(), Derived.cm(), Derived.sm())


class Late:
    def f(self):
        return helper()


def helper():
    return "helper defined after the class"


print(Late().f())


class Shadow:
    len = 5
    size = len
    try:
        total = len([1, 2])
    except TypeError as e:
        total = str(e)


print(Shadow.size, Shadow.total)


class Ordering:
    print("step 1")
    a = 1

    def m(self):
        pass

    print("step 2", sorted(k for k in dir() if not k.startswith("__")))
    del a
    print("step 3", "a" in dir())


class WithLambda:
    factor = 3
    try:
        scaled = list(map(lambda v: v * factor, [1, 2]))
    except NameError as e:
        scaled = str(e)


print(WithLambda.scaled)


def make_classes():
    out = []
    for n in range(3):
        class K:
            num = n

            def get(self):
                return n

        out.append(K)
    return out


ks = make_classes()
print([k.num for k in ks], [k().get() for k in ks])


class Nested:
    class Inner:
        class Deepest:
            pass

    def meth(self):
        def local():
            pass

        return local


print(Nested.Inner.Deepest.__qualname__, Nested().meth().__qualname__, (lambda: 0).__qualname__)
print(Nested.__dict__["meth"].__qualname__, Nested.Inner.__module__)


class Self:
    def __init__(self):
        self.__private = 1
        self._Self__other = 2

    def peek(self):
        return self.__private, self.__other


s = Self()
print(s.peek(), sorted(vars(s)))
try:
    s.__private
except AttributeError as e:
    print("AttributeError:", e)
