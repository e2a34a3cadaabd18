# Module objects: __class__ assignment to a ModuleType subclass, __dict__, reprs, the nameless module.
import sys, keyword
M = type(sys)
class Lazy(M):
    def __getattr__(self, name):
        return "lazy " + name
keyword.__class__ = Lazy
print(keyword.whatever, type(keyword).__name__, keyword.iskeyword("if"))
m = M("x")
try:
    m.__dict__ = {}
except AttributeError as e:
    print(e)
print(M.__doc__.splitlines()[0])
print(M("n", None).__doc__, vars(M("q")))
print(repr(M("w\u00e9")))
del m.__name__
print(repr(m))
try:
    m.missing
except AttributeError as e:
    print(e)
