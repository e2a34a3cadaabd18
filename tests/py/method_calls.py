# obj.name(...) calls (LoadMethod/CallMethod): every kind of attribute that
# can be called, shadowing by instance attributes, classes changed between
# calls, errors and their locations.
class Base:
    def who(self, *args, **kwargs):
        return ("Base.who", type(self).__name__, args, kwargs)

    @staticmethod
    def static(x):
        return ("static", x)

    @classmethod
    def klass(cls, x):
        return ("klass", cls.__name__, x)

    @property
    def prop(self):
        return lambda *a: ("prop", a)


class Child(Base):
    def who(self, *args, **kwargs):
        return ("Child.who", super().who(*args, **kwargs))


b, c = Base(), Child()
print(b.who(), b.who(1, k=2), c.who(3), Base.who(c, 4), b.static(5), Base.static(6), c.klass(7), Child.klass(8))
print(b.prop(9), c.prop(), [b.who, c.who][1]()[0])
b.who = lambda *a: ("instance", a)
print(b.who(1, 2), Base().who(), c.who())
del b.who
print(b.who())
Base.who = lambda self, *a: ("patched", a)
print(b.who(1), c.who(2))


class Dyn:
    def __getattr__(self, name):
        return lambda *a: (name, a)


class Guard:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secret")
        return object.__getattribute__(self, name)

    def secret(self):
        return "hidden"

    def open(self):
        return "open"


print(Dyn().anything(1), Dyn().__class__.__name__, Guard().open())
try:
    Guard().secret()
except AttributeError as e:
    print("AttributeError", e)


class Slots:
    __slots__ = ("v", "f")

    def get(self):
        return self.v


s = Slots()
s.v = 10
s.f = len
print(s.get(), s.f("abc"))


class CallableAttr:
    def __call__(self, *a):
        return ("called", a)


class Holder:
    tool = CallableAttr()
    text = "abc"


h = Holder()
print(h.tool(1), Holder.tool(2), h.text.__len__(), [3, 1, 2].copy(), {"a": 1}.get("a"), (1, 2).count(1))
print((5).bit_length(), 2.5.is_integer(), range(5).index(3), "x".__add__("y"), type(h).__name__.__len__())
ops = []
m = ops.append
m(1)
ops.append(2)
list.append(ops, 3)
print(ops, m.__self__ is ops if hasattr(m, "__self__") else "")


def f():
    return [1, 2]


print(f().pop(), f().__len__(), [f][0]().index(2))
try:
    (1).nope()
except AttributeError as e:
    print("AttributeError", e)
try:
    [].append()
except TypeError as e:
    print("TypeError", e)
try:
    b.static()
except TypeError as e:
    print("TypeError", e)
nested = {"k": {"j": [1, 2, 3]}}
print(nested.get("k").get("j").pop(), nested["k"]["j"].copy())
result = (
    nested
    .get("k")
    .get("missing", "default")
)
print(result)
value = 7
value.undefined_method(
    1,
    2,
)
