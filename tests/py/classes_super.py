# super() in its forms, cooperative multiple inheritance, classmethods and
# staticmethods through inheritance, and exceptions as classes.
class Base:
    def __init__(self):
        self.trail = ["Base"]
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return cls()
    @classmethod
    def kind(cls):
        return "kind:" + cls.__name__
    @staticmethod
    def util(x):
        return x * 2

class Left(Base):
    def __init__(self):
        super().__init__()
        self.trail = self.trail + ["Left"]
    def hello(self):
        return "Left>" + super().hello()

class Right(Base):
    def __init__(self):
        super().__init__()
        self.trail = self.trail + ["Right"]
    def hello(self):
        return "Right>" + super().hello()
    @classmethod
    def kind(cls):
        return "R" + super().kind()

class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail = self.trail + ["Diamond"]
    def hello(self):
        return "Diamond>" + super().hello()

d = Diamond()
print(d.trail)
print(d.hello())
print(Diamond.kind(), Left.kind(), Diamond.make().trail, Diamond.util(21), d.util(2))
print(super(Left, d).hello(), super(Diamond, d).hello())
print(super(Diamond, Diamond).kind())
s = super(Left, d)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is d)

class UsesClassCell:
    def which(self):
        return __class__.__name__
class Sub(UsesClassCell):
    pass
print(Sub().which())

def outside():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)
outside()

class NoArgs:
    @staticmethod
    def f():
        return super()
try:
    NoArgs.f()
except RuntimeError as e:
    print("RuntimeError:", e)

class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

class NotFound(AppError):
    pass

try:
    raise NotFound("missing thing", 404)
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception), repr(e))

class Plain(Exception):
    pass
p = Plain("a", 1)
print(p.args, str(p), repr(p), Plain().args, str(Plain()))
e = ValueError("v")
e.extra = 1
print(e.extra, e.__dict__)
print(issubclass(NotFound, Exception), NotFound.__mro__[1], NotFound.__mro__[2])

class Chain(Exception):
    pass
try:
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise Chain("wrapped") from exc
except Chain as c:
    print(type(c.__cause__).__name__, c.__suppress_context__, type(c.__context__).__name__)

try:
    raise KeyError("k")
except LookupError as e:
    print(repr(e), str(e), e.args)

err = OSError(2, "No such file", "x.txt")
print(type(err).__name__, err.errno, err.strerror, err.filename, str(err))
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code)
n = NameError("nm", name="zz")
print(n.name, AttributeError("q").name)
class MyExcWithNew(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.created = True
        return inst
m = MyExcWithNew(1, 2)
print(m.created, m.args)
raise NotFound("final", 500)
