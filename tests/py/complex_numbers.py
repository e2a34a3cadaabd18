# complex: construction, arithmetic mixed with ints and floats, powers,
# abs, hashing, comparison, repr/str/format and the errors.


def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 1j / 0)
t(lambda: 1j / 0j)
t(lambda: 1 / 0j)
t(lambda: 0j ** -1)
t(lambda: 0j ** 1j)
t(lambda: 0j ** 0)
t(lambda: (1e200+1j) ** 2)
t(lambda: (1e200+1j) ** 2.5)
t(lambda: (1j).__pow__(2, 3))
t(lambda: 1j // 2)
t(lambda: 1j % 2)
t(lambda: 1j < 2j)
t(lambda: 1j > 2)
t(lambda: abs(complex(1e308, 1e308)))
t(lambda: abs(3+4j))
t(lambda: abs(complex(float('inf'), float('nan'))))
t(lambda: int(1j))
t(lambda: float(1j))
t(lambda: complex('1+2j'))
t(lambda: complex(' ( 1.5e3-2.5J ) '))
t(lambda: complex('j'))
t(lambda: complex('-j'))
t(lambda: complex('1+j'))
t(lambda: complex('1e'))
t(lambda: complex('1__0'))
t(lambda: complex('1_0j'))
t(lambda: complex('(1+2j'))
t(lambda: complex('nan+infj'))
t(lambda: complex('-inf-nanj'))
t(lambda: complex(''))
t(lambda: complex('1', 2))
t(lambda: complex(1, '2'))
t(lambda: complex([]))
t(lambda: complex(1, []))
t(lambda: complex(1j, 1j))
t(lambda: complex(1+2j, 3+4j))
t(lambda: complex(real=1, imag=2))
t(lambda: complex(imag=2))
t(lambda: complex(10**400))
t(lambda: complex(1, 10**400))
t(lambda: complex(1, 2, 3))
t(lambda: complex(x=1))
t(lambda: 1j + 10**400)
t(lambda: 1j == 10**400)
t(lambda: complex(1, 0) == 1)
t(lambda: complex(1, 0) == 1.0)
t(lambda: complex(1, 1) == 1)
t(lambda: 1j == 'x')
t(lambda: hash(1j))
t(lambda: hash(1+0j) == hash(1))
t(lambda: hash(complex(1.5, -2.5)))
t(lambda: hash(complex(-1, 0)))
t(lambda: (1+2j).conjugate())
t(lambda: (1+2j).real)
t(lambda: (1+2j).imag)
t(lambda: (1+2j).__getnewargs__())
t(lambda: [complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), 1e16j, 1e-5+1j, complex(float('inf'), float('nan')), -1j, 1j*1j, 2.5j, complex(1, 2)])
t(lambda: str(3+4j))
t(lambda: format(3+4j, '.2f'))
t(lambda: format(3+4j, '>20'))
t(lambda: format(3+4j, ''))
t(lambda: f'{1j:g}')
t(lambda: (-8) ** (1/3))
t(lambda: (-8.0) ** 0.5)
t(lambda: 2 ** 1j)
t(lambda: 1j ** 2)
t(lambda: (1+1j) ** 3)
t(lambda: (1+1j) ** -2)
t(lambda: (1+1j) ** 0.5)
t(lambda: (1+1j) ** (1+1j))
t(lambda: (1+2j) * (3-4j))
t(lambda: (1+2j) / (3-4j))
t(lambda: (1+2j) + 1, )
t(lambda: 1.5 - (1+2j))
t(lambda: -(1+2j))
t(lambda: +(1+2j))
t(lambda: bool(0j))
t(lambda: bool(1j))
t(lambda: 1j * float('inf'))
t(lambda: complex(True, False))
t(lambda: (1j).__complex__())
class C:
    def __complex__(self): return 5j
t(lambda: complex(C()))
class D:
    def __complex__(self): return 5
t(lambda: complex(D()))
class F:
    def __float__(self): return 2.5
t(lambda: complex(F()))
t(lambda: complex(F(), F()))
class I:
    def __index__(self): return 7
t(lambda: complex(I()))
t(lambda: complex('1+2j', 'x'))
t(lambda: complex('\u0661+\u0662j'))
t(lambda: complex('1+2j\x00'))
t(lambda: complex(b'1'))

# Literals, the repr forms, and operations that keep signed zeros.
print(1j, 0j, -0j, 2.5j, 1e300j * 10, 1e-7j, (1+0j), -(0j), 0j * -1, -1j * 0)
print([complex(r, i) for r in (0.0, -0.0, 1.5, float('inf'), float('nan')) for i in (0.0, -0.0, -2.0)])
print(1 + 2j, 1 - 2j, (1 + 2j) * 2, 2 * (1 + 2j), (1 + 2j) / 2, 3 / (1 + 1j), (2 + 0j) ** 0.5, 1j ** 1j)
print(abs(-3 - 4j), abs(1j), abs(0j), abs(complex(float('nan'), 1)), abs(complex(1, float('-inf'))))
print(complex('  2.5  '), complex('-1.5e-3J'), complex('+inf'), complex('infj'), complex('1_000+2_0j'),
      complex(' (3) '), complex('-0'), complex('-0j'), complex('0-0j'))
for bad in ['', ' ', '()', '(1', '1)', '1+', '1+2', '1+2jj', 'j1', '1 + 2j', 'jj', '+-j', '1e5e5', 'x', '(1+2j))',
            '1__2j', '_1', '1_', '1j_']:
    t(lambda: complex(bad))
x = 1 + 2j
x += 1
x *= 1j
x -= 0.5
x /= 2
x **= 2
print(x, x.real, x.imag, x.conjugate(), type(x.real).__name__)
print(hash(1j) == hash(complex(0, 1)), hash(2 + 0j) == hash(2) == hash(2.0), hash(-0j) == hash(0j))
print(hash(complex(1e308 * 10, 0)) == hash(float('inf')), {1j: 'a', 1 + 0j: 'b'}[1], len({0j, 0, 0.0, -0j}))
print(1j == 1j, 1 + 0j == 1, 1j != 1, 0j == 0, complex(0.1, 0) == 0.1, 2 ** 0.5 + 0j == 2 ** 0.5)


class Sub(complex):
    def describe(self):
        return 'Sub' + repr(self)


s = Sub(1, 2)
print(s, s.describe(), type(s).__name__, type(s + 1).__name__, type(-s).__name__, type(+s).__name__, s == 1 + 2j)
print(Sub('3+4j'), Sub(5), complex(s), type(complex(s)).__name__, isinstance(s, complex))
print(format(1 + 2j, '<15.3f') + '|', format(-1.5j, '+.2e'), f'{3 - 4j:>12}|{2j:g}|{1e20+1j:.3g}', format(0j, ''))
