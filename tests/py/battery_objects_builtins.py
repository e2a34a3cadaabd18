# A battery over attributes, descriptors, type/object introspection, bool,
# complex and the builtin functions' argument errors.
class A:
    x = 1
    def m(self): return 2
    @property
    def p(self): return 3
    @staticmethod
    def s(): return 4
    @classmethod
    def c(cls): return cls.__name__
class B(A):
    __slots__ = ()
a = A()
tests = [
 "getattr(a, 'x')", "getattr(a, 'nope')", "getattr(a, 'nope', 9)", "getattr(a, 5)", "setattr(a, 'y', 1)",
 "setattr(1, 'y', 1)", "setattr(A, 'z', 3)", "delattr(a, 'nope')", "delattr(A, 'nope')", "hasattr(a, 'p')",
 "hasattr(a, 3)", "vars(a)", "vars(1)", "dir(B)[-4:]", "type(a).__name__", "a.m.__self__ is a",
 "a.m.__func__ is A.m", "A.s()", "a.s()", "A.c()", "B.c()", "a.c()", "type(A.__dict__['s'])",
 "type(A.__dict__['c']).__name__", "A.__dict__['p'].fget(a)", "A.__dict__['p'].fset", "a.p = 5",
 "isinstance(a, A)", "isinstance(B(), A)", "isinstance(A, type)", "isinstance(1, bool)", "isinstance(True, int)",
 "isinstance(1, 'int')", "issubclass(1, int)", "issubclass(B, (int, A))", "issubclass(int, object)",
 "type(None)()", "type(NotImplemented)()", "type(...)()", "type(None)(1)", "object()==object()",
 "object().__eq__(1)", "object.__eq__(1, 1)", "object().__ne__(2)", "object().__lt__(1)", "object().__hash__() == 0",
 "object().__sizeof__() > 0", "object().__reduce_ex__" if False else "0", "object.__init__(1)", "object.__init__(1, 2)",
 "object(1)", "A(1)", "int.__init__(1)", "int().__class__", "object.__new__(A).__class__", "object.__new__(int)",
 "int.__new__(A)", "type(1)(2)", "type('x', (), {}).__bases__", "type(type)", "type.__name__", "type.mro(B)",
 "B.__mro__", "B.__base__", "A.__subclasses__()", "int.__subclasses__()[:1]", "bool.__bases__", "object.__bases__",
 "A.__module__", "A.__qualname__", "A.m.__qualname__", "A.__doc__", "len.__name__", "len.__qualname__",
 "len.__module__", "repr(len)", "repr(int)", "repr(A)", "repr(a.m)[:30]",
 "repr(object)", "repr(type)", "repr(type(None))", "repr(None.__class__)", "repr(int.__add__)",
 "repr((1).__add__)[:30]", "repr(str.join)", "repr(dict.fromkeys)[:40]", "repr(A.__dict__['s'])[:20]",
 "callable(a)", "callable(A.m)", "callable(1)", "abs(True)", "-True", "~True", "True + True", "True & False",
 "True | 2", "True ^ True", "bool(0.0)", "bool('0')", "bool([0])", "bool(type)", "bool(range(0))", "bool(1j*0)",
 "complex(1, 2) * 1j", "complex('1+2j')", "complex(' 3j ')", "complex('1 + 2j')", "complex('j')", "complex(1j, 1j)",
 "complex('1', 2)", "complex(real=1, imag=2)", "(1+2j).conjugate()", "abs(3+4j)", "(1+2j) ** 2", "(1+2j) / (3-4j)",
 "1j ** 0", "0j ** 0", "0j ** -1", "(1+1j) // 1", "(1+1j) % 2", "divmod(1j, 1)", "int(1j)", "float(1j)",
 "complex(float('inf'), 0)", "repr(complex(0, -0.0))", "repr(-0j)", "repr(complex(-0.0, 0))", "repr(1e20j)",
 "repr(1.5+0j)", "hash(1+0j) == hash(1)", "(1+2j).real", "(2j).imag", "round(1j)", "1j > 0", "1j == 1j",
 "min(1, 2, key=lambda x: -x)", "max([])", "max([], default=5)", "max(1, 2, default=0)", "min(1)", "max('abc')",
 "max(1, 'a')", "min([3, 1], key=None)", "sum(['a', 'b'], '')", "sum([[1], [2]], [])", "sum([], 0.5)",
 "sum(x for x in [0.1]*10)", "sum([1, 2], start=10)", "abs('x')", "divmod('a', 1)", "pow(2, 3, 4.0)",
 "round(2.5, None)", "round('x')", "round(1, 'x')", "ord('')", "ord('ab')", "ord(b'a')", "ord(bytearray(b'z'))",
 "chr(-1)", "chr(0x110000)", "chr(65.0)", "bin(3.0)", "len(5)", "len()", "len([], [])", "iter(5)", "next([])",
 "next(iter([]))", "next(iter([]), 'd')", "iter(lambda: 1, 1).__class__.__name__", "list(iter([3, 2, 1].pop, 1))",
 "all([])", "any([])", "all([1, 0])", "any(x > 2 for x in [1, 3])", "list(zip())", "list(zip([1], strict=True))",
 "list(zip([1, 2], [3], strict=True))", "list(zip([1], [2, 3], strict=True))", "list(map(None, []))" if False else "1",
 "list(map(abs, []))", "list(map())", "list(filter(None, [0, 1, '', 'a']))", "list(enumerate('ab', start=5))",
 "enumerate('a', 'b')", "list(reversed('abc'))", "reversed(5)", "reversed({1})", "sorted(5)", "sorted([], key=1)",
 "hash([])", "hash({})", "hash(set())", "hash(frozenset()) == hash(frozenset())", "id", "format(1, 5)",
 "isinstance([], (list, tuple))", "callable(print)", "print.__name__", "repr(print)", "ascii([1, 'é'])",
 "globals() is globals()", "type(locals()).__name__", "eval('1+1', {})", "eval('x', {'x': 5})", "eval('x', {}, {'x': 6})",
 "eval('__builtins__', {}) is not None", "exec('y = 1')", "eval('')", "eval(' 1')", "eval('1\\n')", "eval(5)",
 "compile('1', 'f', 'eval').co_filename", "compile('x', 'f', 'bad')", "eval(compile('2*3', '<s>', 'eval'))",
]
for t in tests:
    try:
        r = repr(eval(t))
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(f"{t} -> {r}")
