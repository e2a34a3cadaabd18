# str subclasses: instances carry attributes (a __dict__ or __slots__), keep
# str behaviour, and str's methods return exact str objects.
class Name(str):
    """A str with extra attributes."""
    def shout(self):
        return self.upper() + '!'


n = Name('hello')
n.lang = 'en'
n.count_ = 3
print(n, repr(n), type(n).__name__, n.lang, n.count_, n.__dict__)
print(n.shout(), type(n.shout()).__name__)
print(len(n), n[1], n[1:3], n[::-1], type(n[1:3]).__name__, type(n[:]).__name__)
print(n == 'hello', 'hello' == n, hash(n) == hash('hello'), n < 'help', n + '!', '!' + n, n * 2)
print(type(n + '').__name__, type(n * 1).__name__, type(str(n)).__name__, str(n) == n)
print(n.upper(), n.strip('ho'), n.split('l'), n.partition('l'), n.replace('l', 'L'))
print([type(x).__name__ for x in (n.lower(), n.strip(), n.center(3), n.ljust(2), n.zfill(1), n.expandtabs(), n.removeprefix('x'),
       n.replace('z', 'y'), n.translate({}), n.format(), n.title(), n.casefold(), n.swapcase())])
print(type(n.partition('z')[0]).__name__, type(n.rpartition('z')[2]).__name__, type(n.split()[0]).__name__)
print(list(n), 'ell' in n, n.find('l'), n.count('l'), n.startswith('he'), n.isalpha())
d = {n: 1}
print(d['hello'], 'hello' in d, d)
print(f'{n}|{n!r}|{n:>8}|{n:.2}', '%s %r' % (n, n), '{0}-{0.lang}'.format(n))
print(n.__getnewargs__(), type(n.__getnewargs__()[0]).__name__)
del n.lang
print(hasattr(n, 'lang'), n.__dict__)


class Slotted(str):
    __slots__ = ('tag',)


s = Slotted('abc')
s.tag = 'T'
print(s, s.tag, hasattr(s, '__dict__'))
try:
    s.other = 1
except AttributeError as e:
    print('AttributeError', e)


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def __init__(self, value):
        self.original = value


u = Upper('mixed Case')
print(u, u.original, isinstance(u, str), isinstance(u, Upper), issubclass(Upper, str))


class Pretty(str):
    def __str__(self):
        return '<' + self + '>'

    def __repr__(self):
        return 'Pretty(' + str.__repr__(self) + ')'


p = Pretty('x')
print(p, repr(p), str(p), [p], f'{p}', '%s' % p, format(p), '{}'.format(p), str.__str__(p))


class Eq(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())

    def __hash__(self):
        return hash(self.lower())


print(Eq('ABC') == 'abc', 'abc' == Eq('ABC'), Eq('ABC') != 'abc', {Eq('X'): 1}['x'])
print(str('abc'), str(), str(object='q'), str(12), str([1, 'a']), str(None), repr(str.__new__(Name, 'z')))
print(Name(), Name(5), Name('é' * 3), len(Name('😀x')), Name('😀x')[0], ord(Name('😀x')[0]))
big = Name('ß' * 10)
big.extra = list(range(3))
print(big.upper(), big.extra, big.encode if False else 'ok')
print(Name('a') + Name('b'), type(Name('a') + Name('b')).__name__, sorted([Name('b'), 'a', Name('c')]))
print(Name('x y z').split(), ' '.join([Name('a'), Name('b')]), Name(', ').join(['a', 'b']))
