# A battery of one-line expressions over builtins (numbers, strings,
# iterators' type names, constructors called through __new__), each
# printed with its repr or its exception; hash('') and hash(b'') are 0.
import_free = 1
tests = [
 "divmod(-7.5, 2)", "round(-2.5)", "round(2.675, 2)", "int('  0b101', 0)", "float('1e-400')", "complex('1e400j')",
 "str(1e22)", "repr(1e-5)", "hex(-0)", "oct(8**20)", "bin(-5)", "format(-0.0, '+.1f')", "'{:+}'.format(0)",
 "ascii(b'x')", "repr(bytearray())", "list(reversed(range(3, -3, -2)))", "range(10)[::-3]", "range(5)[10:]",
 "sorted({1: 2, 0: 3}.items(), reverse=True)", "min([], default=None)", "max(range(0), default=-1)",
 "list(zip(*['ab', 'cd']))", "dict(zip('ab', range(2)))", "list(enumerate('ab', -1))", "sum(range(10), 100)",
 "sum([0.1] * 3)", "abs(-0.0)", "pow(2, 0.5)", "pow(-8, 1/3)", "pow(0, 0)", "pow(0.0, 0)", "10 ** -2",
 "(-2) ** 0.5", "1e308 * 10 == float('inf')", "int('١٢٣')", "'ß'.casefold() == 'ss'", "'ǈ'.istitle()",
 "chr(0x10FFFF).isprintable()", "'\\u0301'.isalpha()", "'Ⅻ'.isnumeric()", "'½'.isdecimal()", "str(True) + str(None)",
 "format(True, 'd')", "format(True, '')", "f'{True!s:>6}'", "'{0:{1}}'.format(3.14159, '.2f')", "'%.0f' % 0.5",
 "'%.0f' % 1.5", "'%g' % 1e-4", "'%g' % 123456789", "'%r' % b'\\xff'", "hash('') == 0", "hash(()) == hash(())",
 "id(1) == id(1)", "type(1 if True else 2.0)", "isinstance(1, (float, (int,)))", "issubclass(bool, (str, int))",
 "callable(type)", "getattr(1, 'real')", "vars(type('T', (), {'x': 1}))['x']", "dir(5)[:3]",
 "sorted(vars(type('T', (), {})))", "type(iter(range(3))).__name__", "type(iter([])).__name__", "type(iter('')).__name__",
 "type(iter({})).__name__", "type(iter(set())).__name__", "type(iter(())).__name__", "type(reversed([])).__name__",
 "type(reversed(range(1))).__name__", "type({}.keys()).__name__", "type(iter({}.items())).__name__",
 "type(zip()).__name__", "type(map(int, [])).__name__", "type(x for x in ()).__name__", "type(enumerate([])).__name__",
 "type(iter(bytearray())).__name__", "type(iter(b'')).__name__", "type(iter(memoryview(b''))).__name__" if False else "1",
 "list(map(pow, [2, 3], [3, 2], [5, 5]))", "list(filter(str.isdigit, 'a1b2'))", "next(iter(range(5, 0, -1)))",
 "[*range(3), *'ab']", "{**{'a': 1}, 'a': 2}", "(*'ab',)", "[].__class__.__name__", "(1).__class__.__mro__",
 "int.__dict__['__add__'].__name__", "str.__mro__", "object.__subclasshook__()", "NotImplemented.__repr__()",
 "Ellipsis", "...", "bool(NotImplemented)" if False else "2", "type.__call__(int, '5')", "int.__new__(int, 5)",
 "object.__new__(object).__class__", "str.__new__(str, 'x')", "tuple.__new__(tuple, [1])", "list.__new__(list, [1])",
 "dict.fromkeys('ab').__class__", "frozenset.__new__(frozenset, [1])", "bytes.__new__(bytes, 2)",
 "complex.__new__(complex, 1, 2)", "float.__new__(float, '2.5')", "range.__new__(range, 3)" if False else "3",
]
for t in tests:
    try:
        print(t, "=>", repr(eval(t)))
    except Exception as e:
        print(t, "=>", type(e).__name__, e)
print(hash(""), hash(b""), hash(memoryview(b"")), hash(frozenset()) == hash(frozenset()))
