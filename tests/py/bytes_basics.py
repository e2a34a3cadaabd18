# bytes: literals and their repr, indexing, slicing, concatenation,
# repetition, comparison, hashing, iteration, membership and bytes().


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Literals and repr: quotes, escapes, every byte value.
print(b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\\', b'\t\n\r', b'\x00\x7f\x80\xff')
print(repr(b'\x07\x08\x0b\x0c\x1b'), repr(rb'\d+\n'), repr(b'a' b'b' b'c'))
print(b"""multi
line""")
print(bytes(range(256)))
print(len(b''), len(b'abc'), len(bytes(range(256))))
print(str(b'abc'), repr(b'abc') == str(b'abc'))

# Indexing gives ints; slicing gives bytes.
b = b'hello, world'
print(b[0], b[-1], b[4], b[-12])
print(b[0:5], b[7:], b[:-7], b[::2], b[::-1], b[100:], b[-100:3], b[5:2], b[1:10:3], b[10:1:-3])
show('b[12]', lambda: b[12])
show('b[-13]', lambda: b[-13])
show("b['x']", lambda: b['x'])
show('b[1.0]', lambda: b[1.0])
show('b[10**20]', lambda: b[10**20])
show('b[::0]', lambda: b[::0])

# Concatenation and repetition.
print(b'ab' + b'cd', b'' + b'', b'x' + bytearray(b'y'), b'x' + memoryview(b'z'))
print(b'ab' * 3, 3 * b'ab', b'ab' * 0, b'ab' * -2, b'' * 5)
show("b'a' + 'b'", lambda: b'a' + 'b')
show("b'a' + 1", lambda: b'a' + 1)
show("'a' + b'b'", lambda: 'a' + b'b')
show("b'a' * 'b'", lambda: b'a' * 'b')
show("b'a' * 1.5", lambda: b'a' * 1.5)
x = b'ab'
x += b'cd'
x *= 2
print(x)

# Comparison: lexicographic by byte value, bytes only.
print(b'abc' == b'abc', b'abc' != b'abd', b'abc' < b'abd', b'abc' < b'ab', b'' < b'\x00', b'\xff' > b'\x00\xff')
print(b'a' <= b'a', b'b' >= b'a', b'ab' > b'a', b'abc' == bytearray(b'abc'), bytearray(b'abc') == b'abc')
print(b'abc' == 'abc', b'a' == 97, b'a' != 'a')
show("b'a' < 'a'", lambda: b'a' < 'a')
show("b'a' >= 1", lambda: b'a' >= 1)
print(sorted([b'pear', b'apple', b'fig', b'', b'Apple', b'apple pie']))
print(max(b'zeta', b'alpha', b'omega'), min([b'b', b'a', b'c']))

# Hashing: equal bytes hash alike, and as the str of the same code units.
print(hash(b'abc') == hash(b'ab' + b'c'), hash(b'abc') == hash('abc'), hash(b'') == hash(''))
print(hash(b'\xe9') == hash('\xe9'), hash(b'abc') == hash(memoryview(b'abc')))
d = {b'key': 1, b'other': 2}
d[b'k' + b'ey'] += 10
print(d[b'key'], len(d), b'other' in d, 'key' in d)

# Iteration gives ints.
print(list(b'abc'), [c for c in b'\x00\xff'], sum(b'\x01\x02\x03'), tuple(b''))
it = iter(b'xy')
print(next(it), next(it), next(it, 'done'))
print(type(iter(b'')).__name__, list(reversed(b'abc')), list(enumerate(b'ab')))

# Membership: ints and byte strings.
print(97 in b'abc', 100 in b'abc', b'bc' in b'abc', b'' in b'abc', b'ac' in b'abc', bytearray(b'b') in b'abc')
print(memoryview(b'ab') in b'xaby', 0 in b'\x00', True in b'\x01')
show("'a' in b'abc'", lambda: 'a' in b'abc')
show('256 in b', lambda: 256 in b'abc')
show('-1 in b', lambda: -1 in b'abc')
show('1.0 in b', lambda: 1.0 in b'abc')
show('None in b', lambda: None in b'abc')

# bytes(): every form.
print(bytes(), bytes(3), bytes(0), bytes([65, 66, 67]), bytes((1, 2)), bytes(range(3)), bytes(iter([9])))
print(bytes(b'copy'), bytes(bytearray(b'ba')), bytes(memoryview(b'mv')), bytes(x for x in [104, 105]))
print(bytes('héllo', 'utf-8'), bytes('abc', 'ascii'), bytes('é', 'latin-1'), bytes(source=b'kw'))
print(bytes('x', encoding='utf-8'), bytes('\udcff', 'utf-8', 'surrogateescape'), bytes([True, False]))


class WithBytes:
    def __bytes__(self):
        return b'from __bytes__'


class BadBytes:
    def __bytes__(self):
        return 'not bytes'


class Index:
    def __index__(self):
        return 4


print(bytes(WithBytes()), bytes(Index()), bytes([Index()]))
show('bytes(-1)', lambda: bytes(-1))
show('bytes(1.5)', lambda: bytes(1.5))
show("bytes('abc')", lambda: bytes('abc'))
show("bytes(1, 'ascii')", lambda: bytes(1, 'ascii'))
show("bytes('a', errors='strict')", lambda: bytes('a', errors='strict'))
show("bytes(b'a', errors='strict')", lambda: bytes(b'a', errors='strict'))
show("bytes(encoding='utf-8')", lambda: bytes(encoding='utf-8'))
show('bytes([256])', lambda: bytes([256]))
show('bytes([-1])', lambda: bytes([-1]))
show("bytes(['a'])", lambda: bytes(['a']))
show('bytes(None)', lambda: bytes(None))
show('bytes(BadBytes())', lambda: bytes(BadBytes()))
show("bytes('a', 1)", lambda: bytes('a', 1))
show("bytes('a', 'nope')", lambda: bytes('a', 'nope'))
show("bytes(1, 2, 3, 4)", lambda: bytes(1, 2, 3, 4))
show("bytes(x=1)", lambda: bytes(x=1))
show('bytes(10**20)', lambda: bytes(10**20))

# The empty and one-byte bytes are shared objects, as in CPython.
empty, a, abc = b'', b'a', b'abc'
print(bytes() is empty, b'a'[0:0] is empty, bytes([97]) is a, b'xa'[1:] is a, abc[:] is abc)


# Subclasses keep their type for construction, but operations give bytes.
class Tagged(bytes):
    def describe(self):
        return 'Tagged ' + repr(bytes(self))


t = Tagged(b'data')
t.note = 'attribute'
print(t, type(t).__name__, t.describe(), t.note, len(t), t[0], t[1:], type(t[1:]).__name__)
print(type(t + b'!').__name__, type(t.upper()).__name__, t == b'data', hash(t) == hash(b'data'))
print(isinstance(t, bytes), issubclass(Tagged, bytes), type(bytes(t)).__name__, Tagged() == b'')
print(Tagged([1, 2]), Tagged('é', 'utf-8'), Tagged(2))
for t in (bytes, bytearray, complex, memoryview):
    print(t.__name__, bool(t.__flags__ & (1<<22)), t.__flags__ & (1<<10) != 0, bool(t.__flags__ & (1<<5)), bool(t.__flags__ & (1<<8)))
for t in (bytes, bytearray, complex, memoryview):
    try:
        t.x = 1
    except TypeError as e:
        print(e)
