# Big ints and text: the 4300-digit limit of decimal conversions (str,
# int(), f-strings, %d) while hex/octal/binary formatting has none, float
# and %c presentation types of huge ints, and reprs of self-containing
# lists, dicts and tuples.
for src in ["int('1' * 5000)", "str(10 ** 5000)[:5]", "repr(10 ** 4300)[:3]", "len(str(10 ** 4299))", "int('1' * 4300) > 0",
            "hex(10 ** 5000)[:4]", "int('f' * 5000, 16) > 0", "f'{10**5000}'", "'%d' % 10**5000", "format(10**5000, 'x')[:3]",
            "int('1' * 4301, 8) > 0", "int(' ' * 100 + '1' * 4300 + ' ' * 100) > 0", "int('1_' * 3000 + '1') > 0", "float('1' * 5000)",
            "str(-10 ** 4300)", "int('-' + '1' * 4300) < 0", "int('-' + '1' * 4301) < 0"]:
    try:
        r = eval(src)
        print(src[:40], "->", repr(r)[:60])
    except Exception as e:
        print(src[:40], "->", type(e).__name__, e)
a = [1]; a.append(a); print(a)
d = {}; d['self'] = d; print(d)
t = ([],); t[0].append(t); print(t)
s = {'x': [d]}; print(s)
class R:
    def __repr__(self): return repr(self.inner)
r = R(); r.inner = [r]
try:
    print(repr(r))
except RecursionError as e:
    print("RecursionError", str(e)[:40])
for src in ["format(10**5000, 'x')[:3]", "format(10**5000, 'b')[:3]", "format(10**5000, 'o')[:3]", "format(10**5000, 'X')[:3]", "format(10**5000, '#x')[:3]", "format(10**5000, 'n')[:3]", "format(10**5000, 'd')[:3]", "format(10**5000, ',')[:3]", "format(10**5000, 'c')[:3]", "format(10**5000, 'e')[:3]", "'%x' % 10**5000", "'%o' % 10**5000", "f'{10**5000:_x}'[:3]"]:
    try:
        r = eval(src)
        print(src[:40], "->", repr(r)[:60])
    except Exception as e:
        print(src[:40], "->", type(e).__name__, e)
print(b'%x' % 10**5000 == ('%x' % 10**5000).encode(), ('%X' % -10**5000)[:5], '%#o' % 2**70)
