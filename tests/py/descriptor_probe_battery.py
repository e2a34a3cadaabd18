# Descriptors and class attributes probed one expression at a time:
# __get__ of functions, classmethods, staticmethods and properties, the
# class __dict__ and its __dict__ descriptor, object's default dunders,
# and super objects (their repr included).
class A:
    x = 1
    def m(self): return "m"
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(): return "s"
    @property
    def p(self): return "p"
class B(A): pass
tests = [
 "A.__dict__['m'].__get__(None, A)", "A.__dict__['c'].__get__(None, B)()", "A.__dict__['s'].__get__(B)()",
 "A.__dict__['p'].__get__(A())", "A.__dict__['p'].__get__(None, A) is A.__dict__['p']", "type(A.m).__name__",
 "A.m(A())", "B().m.__func__ is A.m", "B.c()", "B().c()", "A.__dict__['c'].__func__.__name__",
 "classmethod(lambda cls: cls).__get__(None, int)()", "staticmethod(len)('abc')", "property().fget",
 "property(doc='d').__doc__", "type(A.__dict__)", "A.__dict__.keys() >= {'m', 'x'}", "getattr(A, '__dict__')['x']",
 "A.__weakref__.__class__.__name__" if False else "1", "A.__module__", "B.__mro__", "B.__bases__ == (A,)",
 "A.__subclasses__()", "object.__subclasses__() != []", "type(A).__name__", "type(type).__name__",
 "A.__class__.__class__ is type", "isinstance(A, type)", "A.__init__ is object.__init__", "A.__new__ is object.__new__",
 "A.__hash__ is object.__hash__", "A().__eq__(1)", "A().__ne__(A())", "A().__lt__(1)", "object.__eq__(1, 1)",
 "A().__dir__().__class__.__name__", "A().__sizeof__() > 0", "A().__format__('')[:9]", "A.__init_subclass__()",
 "A().__reduce_ex__" if False else "2", "A.__qualname__", "A.m.__qualname__", "A.__doc__", "A.__annotations__" if False else "3",
 "sorted(k for k in A.__dict__ if not k.startswith('__'))", "'__dict__' in A.__dict__", "'__weakref__' in A.__dict__",
 "A.__dict__['__dict__'].__class__.__name__", "A.__dict__['__dict__'].__get__(A()) == {}",
 "type.__dict__['__dict__'].__get__(A)['x']", "int.__dict__['numerator'].__get__(5)", "type(int.__dict__['numerator']).__name__",
 "super(B, B()).m()", "super(B, B).c()", "super(B, B()).p", "super(B).__get__(B()).m()", "repr(super(B, B()))", "repr(super(B))", "repr(super(int, 5))",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "=>", repr(r) if not callable(r) or isinstance(r, type) else type(r).__name__)
    except Exception as e:
        print(t, "=>", type(e).__name__, e)
