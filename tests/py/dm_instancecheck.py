# isinstance/issubclass: tuples and unions of classes, virtual subclassing
# with __instancecheck__/__subclasscheck__ on a metaclass, __class__
# overrides, and the errors for non-class arguments.
class Base:
    pass


class Derived(Base):
    pass


class Other:
    pass


d = Derived()
print(isinstance(d, Base), isinstance(d, (Other, Base)), isinstance(d, Other | Derived), isinstance(d, ()))
print(issubclass(Derived, Base), issubclass(Base, Derived), issubclass(Derived, (Other, (Base,))),
      issubclass(bool, int | str), issubclass(Derived, Derived), issubclass(int, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(int, type),
      isinstance(type, type), isinstance(type, object), isinstance(object, type))


class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print(f"  __instancecheck__({cls.__name__}, {type(obj).__name__})")
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print(f"  __subclasscheck__({cls.__name__}, {sub.__name__})")
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Mallard:
    def quack(self):
        return "quack"


print(isinstance(Mallard(), Duck), isinstance(5, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(Mallard(), (int, Duck)))


class Pretender:
    @property
    def __class__(self):
        return Base


pr = Pretender()
print(isinstance(pr, Base), isinstance(pr, Pretender), type(pr).__name__, pr.__class__.__name__)

for args in ((1, 1), (d, [Base]), (d, (Base, 1)), (d, int | list[int])):
    try:
        isinstance(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in ((1, int), (Derived, 1), (Derived, [Base]), (int, list[int])):
    try:
        issubclass(*args)
    except TypeError as e:
        print("TypeError:", e)


class Weird(type):
    def __instancecheck__(cls, obj):
        return "truthy string"


class W(metaclass=Weird):
    pass


print(isinstance(1, W))


class Raises(type):
    def __subclasscheck__(cls, sub):
        raise RuntimeError("no checks")


class R(metaclass=Raises):
    pass


try:
    issubclass(int, R)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    try:
        raise ValueError
    except R:
        pass
except TypeError as e:
    print("TypeError in except:", e)
print(Derived.__mro__ == (Derived, Base, object), Base.__subclasses__() == [Derived], bool.__mro__)
print(type.__instancecheck__(Duck, Mallard()), type.__subclasscheck__(Duck, Mallard))


class AbstractLike:
    registry = set()

    @classmethod
    def register(cls, other):
        cls.registry.add(other)
        return other


class AMeta(type):
    def __instancecheck__(cls, obj):
        return type(obj) in cls.registry or type.__instancecheck__(cls, obj)


class Sized(metaclass=AMeta):
    registry = set()


Sized.registry.add(list)
print(isinstance([], Sized), isinstance((), Sized), isinstance(Sized(), Sized))
