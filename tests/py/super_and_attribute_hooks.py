# super() and attribute hooks: super with explicit arguments, in class
# methods, static methods (error), properties through super, super() of a
# metaclass, cooperative multiple inheritance with **kwargs, __getattr__ only
# after normal lookup fails, __getattribute__ overriding everything,
# __dir__, __missing__ on dict subclasses, and the error messages.
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        self.rest = kw

    def hello(self):
        return "Base.hello"

    @classmethod
    def make(cls):
        return f"Base.make({cls.__name__})"

    @property
    def prop(self):
        return "Base.prop"


class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.log.append(f"Left({left})")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.log.append(f"Right({right})")

    def hello(self):
        return "Right>" + super().hello()

    @classmethod
    def make(cls):
        return "Right>" + super().make()

    @property
    def prop(self):
        return "Right>" + super().prop


class Diamond(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Diamond")

    def hello(self):
        return "Diamond>" + super().hello()

    @staticmethod
    def static_super():
        return super().hello()


d = Diamond(left=1, right=2, extra=3)
print(d.log, d.rest, d.hello(), Diamond.make(), d.prop)
print(super(Left, d).hello(), super(Right, d).hello(), super(Diamond, Diamond).make())
print(super(Base, d).__init__ is not None, type(super(Left, d)).__name__, super(Left, d).__self__ is d)
print(super(Left, d).__thisclass__.__name__, super(Left, Diamond).__self_class__.__name__)
for bad in (lambda: Diamond.static_super(), lambda: super(int, d), lambda: super(Left, 5), lambda: super(5, d),
            lambda: super(Diamond, d).missing, lambda: super()):
    try:
        print(bad())
    except (TypeError, RuntimeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class Meta(type):
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.via_meta = True
        return inst


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


w = WithMeta(3)
print(w.v, w.via_meta)


class Lazy:
    real = "real attribute"

    def __getattr__(self, name):
        if name.startswith("computed_"):
            return name[9:].upper()
        raise AttributeError(f"{type(self).__name__} has no {name!r}")

    def __dir__(self):
        return ["real", "computed_x", "zeta"]


lz = Lazy()
print(lz.real, lz.computed_abc, getattr(lz, "computed_q"), hasattr(lz, "nope"), dir(lz))
try:
    lz.nope
except AttributeError as e:
    print("AttributeError:", e)


class Spy:
    def __init__(self):
        object.__setattr__(self, "seen", [])

    def __getattribute__(self, name):
        seen = object.__getattribute__(self, "seen")
        seen.append(name)
        if name == "secret":
            raise AttributeError("secret is hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback for {name}"

    def method(self):
        return "method called"


s = Spy()
print(s.method(), s.secret, s.undefined, object.__getattribute__(s, "seen"))


class Defaults(dict):
    def __missing__(self, key):
        self[key] = value = f"<{key}>"
        return value


dd = Defaults(a=1)
print(dd["a"], dd["b"], dd, dd.get("c"), "c" in dd, dd.setdefault("d", 4))


class CountingDict(dict):
    def __missing__(self, key):
        return 0


cd = CountingDict()
for ch in "mississippi":
    cd[ch] += 1
print(sorted(cd.items()))


class BadMissing(dict):
    __missing__ = None


try:
    BadMissing()["x"]
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("a",)

    def __getattr__(self, name):
        return f"getattr {name}"


sl = Slotted()
print(sl.a, sl.b)
sl.a = 1
print(sl.a)


class PropErr:
    @property
    def broken(self):
        raise AttributeError("inner failure")

    def __getattr__(self, name):
        return f"__getattr__ rescued {name}"


print(PropErr().broken)
