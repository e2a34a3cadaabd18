# Descriptor corners: a data descriptor on a metaclass vs the class dict,
# __get__ called with (None, owner) on class access, non-data descriptors
# shadowed by instance attributes, __set__ without __get__, __delete__
# without __set__, descriptors found on the type not the instance, slots as
# member descriptors, property subclassing, and classmethod wrapping a
# property-like descriptor chain.
class Verbose:
    def __init__(self, tag):
        self.tag = tag

    def __get__(self, obj, owner=None):
        who = "class" if obj is None else type(obj).__name__
        return f"{self.tag}.__get__({who}, {owner.__name__ if owner else None})"


class SetOnly:
    def __set__(self, obj, value):
        print(f"  SetOnly.__set__({value!r})")
        obj.__dict__["so"] = value * 2


class DelOnly:
    def __get__(self, obj, owner=None):
        return "del-only value"

    def __delete__(self, obj):
        print("  DelOnly.__delete__")


class Meta(type):
    attr = Verbose("meta")

    @property
    def meta_prop(cls):
        return f"meta_prop of {cls.__name__}"


class K(metaclass=Meta):
    v = Verbose("plain")
    so = SetOnly()
    do = DelOnly()
    attr = "class dict attr"


k = K()
print(K.v)
print(k.v)
print(K.attr, "|", type(K).attr if False else Meta.__dict__["attr"].__get__(K, Meta))
print(K.meta_prop)
try:
    k.meta_prop
except AttributeError as e:
    print("AttributeError:", e)
k.so = 5
print(k.__dict__, k.so)
k.__dict__["so"] = "instance"
print(k.so)
try:
    k.do = 1
except AttributeError as e:
    print("AttributeError:", e)
del k.do
print(k.do)
k.__dict__["v"] = "instance wins over non-data"
print(k.v)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
print(type(Slotted.__dict__["a"]).__name__, Slotted.a.__name__, Slotted.a.__get__(s), Slotted.a.__objclass__.__name__)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    Slotted.b.__get__(s)
except AttributeError as e:
    print("AttributeError:", e)
Slotted.b.__set__(s, 9)
print(s.b)
Slotted.a.__delete__(s)
try:
    s.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Slotted.a.__set__(1, 2)
except TypeError as e:
    print("TypeError:", e)


class LoudProperty(property):
    def __get__(self, obj, owner=None):
        if obj is not None:
            print(f"  LoudProperty get {self.fget.__name__}")
        return super().__get__(obj, owner)


class P:
    def __init__(self):
        self._x = 3

    @LoudProperty
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v


p = P()
print(p.x, type(P.x).__name__)
p.x = 10
print(p.x)
print(type(P.__dict__["x"]).__name__)
prop = property(lambda self: 1, doc="documented")
def documented_getter(self):
    "Getter's own docstring."


print(prop.__doc__, property().__doc__, property(fget=documented_getter).__doc__)
try:
    property().__get__(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    property(lambda s: 1).__set__(1, 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    property(lambda s: 1).__delete__(1)
except AttributeError as e:
    print("AttributeError:", e)


class Named:
    @property
    def ro(self):
        return "read only"


n = Named()
for action in ("n.ro = 1", "del n.ro"):
    try:
        exec(action)
    except AttributeError as e:
        print("AttributeError:", e)


class CM:
    @classmethod
    def make(cls, *a):
        return cls.__name__, a

    @staticmethod
    def st(*a):
        return a


print(CM.make(1), CM().make(2), CM.st(3), CM().st(4))
cm = CM.__dict__["make"]
print(type(cm).__name__, cm.__func__.__name__, cm.__get__(None, CM)(5), cm.__get__(CM())(6))
sm = CM.__dict__["st"]
print(type(sm).__name__, sm.__func__(7), sm.__get__(None, CM)(8), callable(sm))
try:
    classmethod(1).__get__(None, CM)()
except TypeError as e:
    print("TypeError:", e)


def plain(self, x=0):
    return f"plain({type(self).__name__}, {x})"


bound = plain.__get__(k, K)
print(bound(), bound.__self__ is k, plain.__get__(None, K) is plain)
K.plain = plain
print(k.plain(2), K.plain(k, 3))
print(len.__get__ if hasattr(len, "__get__") else "builtins have no __get__")
print(str.upper.__get__("abc")(), str.__dict__["upper"].__get__("xyz", str)())
try:
    str.upper.__get__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    str.upper(5)
except TypeError as e:
    print("TypeError:", e)
