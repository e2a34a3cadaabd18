# Attribute access hooks: __getattr__ (only for missing names),
# __getattribute__ (for all), __setattr__, __delattr__, __dir__, and how
# they interact with properties, class attributes and AttributeError.
class Lazy:
    def __init__(self):
        self.loaded = {}

    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("_"):
            raise AttributeError(name)
        value = name.upper()
        self.loaded[name] = value
        setattr(self, name, value)
        return value


lz = Lazy()
print(lz.foo, lz.foo, lz.bar, sorted(lz.loaded))
print(hasattr(lz, "_private"), getattr(lz, "_x", "default"))


class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

    def method(self):
        return "m"


lg = Logged()
lg.x = 1
print(lg.x, lg.method())
del lg.x
try:
    lg.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del lg.x
except AttributeError as e:
    print("AttributeError:", e)
print(lg.log)


class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom is special")
        if name == "other":
            raise KeyError("not an attribute error")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback:{name}"


b = Both()
print(b.boom, b.missing)
try:
    b.other
except KeyError as e:
    print("KeyError:", e)


class ReadOnly:
    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only (tried {name})")


try:
    ReadOnly().x = 1
except AttributeError as e:
    print("AttributeError:", e)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        setattr(self._target, name, value)

    def __dir__(self):
        return ["zeta", "alpha", "_target"]


class Target:
    def __init__(self):
        self.value = 10

    def double(self):
        return self.value * 2


tg = Target()
px = Proxy(tg)
px.value = 21
print(px.value, px.double(), tg.value, dir(px))
try:
    px.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Plain:
    cls_attr = "class"

    def __init__(self):
        self.inst = 1


p = Plain()
print(getattr(p, "cls_attr"), getattr(p, "inst"), hasattr(p, "nope"), getattr(p, "nope", None))
setattr(p, "dyn", 5)
print(vars(p), p.dyn)
delattr(p, "dyn")
print(vars(p))
p.cls_attr = "shadow"
print(p.cls_attr, Plain.cls_attr)
del p.cls_attr
print(p.cls_attr)
for call in (lambda: getattr(p, 5), lambda: setattr(p, 5, 1), lambda: delattr(p, "cls_attr"),
             lambda: getattr(p, "missing"), lambda: getattr(1, "real", 2, 3), lambda: object().x,
             lambda: setattr(object(), "x", 1), lambda: setattr(1, "real", 2), lambda: delattr(1, "real"),
             lambda: setattr([], "append", 1), lambda: Plain.missing, lambda: setattr(int, "x", 1),
             lambda: delattr(Plain, "nope")):
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(dir(Plain()) == sorted(dir(Plain())), "cls_attr" in dir(Plain), "inst" in dir(Plain()))


class DirBad:
    def __dir__(self):
        return 5


try:
    dir(DirBad())
except TypeError as e:
    print("TypeError:", e)
print(dir(type("T", (), {"b": 1, "a": 2}))[-2:])


class Meta(type):
    def __getattr__(cls, name):
        return f"meta:{name}"


class WithMeta(metaclass=Meta):
    real = 1


print(WithMeta.real, WithMeta.virtual)
try:
    WithMeta().virtual
except AttributeError as e:
    print("AttributeError:", e)
