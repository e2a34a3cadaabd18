# Every method bytes and bytearray share, over many inputs, both types.


def call(obj, name, *args, **kwargs):
    try:
        r = getattr(obj, name)(*args, **kwargs)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
    return repr(r)


samples = [b'', b'a', b'A', b'0', b' ', b'Hello World', b'hello world', b'HELLO WORLD', b'Hello world',
           b'hello 123 World', b'  \t\n padded \r\x0b\x0c ', b'a1b2c3', b'123', b'abc', b'ABC', b'aBc',
           b'This Is Title', b'This is not', b'\x00\xff\x80', b'mixed CASE text', b'x-y_z', b"it's 12th",
           b'1a', b'\xe9t\xe9', b'tab\there', b'A1 B2', b'a\nb\r\nc\rd', b'\t\t', b'ABC def']

for cls in (bytes, bytearray):
    print('=====', cls.__name__)
    for s in samples:
        o = cls(s)
        print(repr(o), [call(o, m) for m in ('isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace',
                                              'istitle', 'isupper')])
        print('  ', [call(o, m) for m in ('lower', 'upper', 'swapcase', 'capitalize', 'title')])

    print('--- justify')
    for s in [b'', b'a', b'ab', b'abc', b'-12', b'+3', b'-', b'0']:
        o = cls(s)
        for w in [-1, 0, 2, 3, 5, 6, 7]:
            print(repr(o), w, call(o, 'center', w), call(o, 'ljust', w), call(o, 'rjust', w), call(o, 'zfill', w),
                  call(o, 'center', w, b'*'), call(o, 'ljust', w, bytearray(b'-')), call(o, 'rjust', w, b'.'))

    print('--- find, index, count')
    hay = cls(b'abracadabra')
    for args in [(b'a',), (b'abra',), (b'',), (b'z',), (97,), (99,), (b'a', 1), (b'a', -4), (b'a', 2, 5),
                 (b'a', None, 4), (b'a', 3, None), (b'', 11), (b'', 12), (b'', 5, 3), (b'ra', -3, -1),
                 (bytearray(b'cad'),), (b'a', 100), (b'a', -100, 100), (0,), (255,)]:
        print(args, [call(hay, m, *args) for m in ('find', 'rfind', 'index', 'rindex', 'count')])

    print('memoryview', call(hay, 'find', memoryview(b'bra')), call(hay, 'count', memoryview(b'a')),
          call(hay, 'endswith', memoryview(b'ra')), call(hay, 'startswith', (memoryview(b'x'), b'abr')))
    print('--- startswith, endswith')
    for args in [(b'abr',), (b'bra',), (b'',), (b'abracadabra!',), ((b'x', b'ab'),), ((),), ((b'x',),),
                 (b'bra', 1), (b'cad', 4, 7), (b'ra', -2), (b'a', 0, 1), (b'', 11), (b'', 12), (b'', 5, 4),
                 (bytearray(b'ab'),), (b'abra', -100, 4), (b'abra', 7, 100)]:
        print(args, call(hay, 'startswith', *args), call(hay, 'endswith', *args))

    print('--- strip')
    for s in [b'', b'   ', b'  x  ', b'\t\nx y\r\x0b\x0c', b'xxhixx', b'abcba']:
        o = cls(s)
        print(repr(o), call(o, 'strip'), call(o, 'lstrip'), call(o, 'rstrip'), call(o, 'strip', None),
              call(o, 'strip', b'x'), call(o, 'lstrip', b'ab'), call(o, 'rstrip', bytearray(b'a')),
              call(o, 'strip', b''))

    print('--- split, rsplit')
    for s in [b'', b' ', b'a b  c', b'  a b  c  ', b'a,b,,c,', b',', b'one', b'a\tb\nc\x0bd\x0ce\rf\x1cg',
              b'a--b--c', b'----']:
        o = cls(s)
        print(repr(o))
        for args, kw in [((), {}), ((None,), {}), ((None, 1), {}), ((), {'maxsplit': 0}), ((b',',), {}),
                         ((b',', 1), {}), ((b'--',), {}), ((), {'sep': b'-', 'maxsplit': 2}), ((b'-', -1), {}),
                         ((bytearray(b','),), {})]:
            print('  ', args, kw, call(o, 'split', *args, **kw), call(o, 'rsplit', *args, **kw))

    print('--- splitlines')
    for s in [b'', b'a', b'a\n', b'a\nb', b'a\r\nb\rc\n\n', b'\r', b'\r\n\r\n', b'x\x0by\x0cz\x1c', b'\n\na']:
        o = cls(s)
        print(repr(o), call(o, 'splitlines'), call(o, 'splitlines', True), call(o, 'splitlines', keepends=1))

    print('--- partition')
    for s in [b'', b'a=b', b'a=b=c', b'abc', b'=', b'==']:
        o = cls(s)
        print(repr(o), call(o, 'partition', b'='), call(o, 'rpartition', b'='), call(o, 'partition', b'=='),
              call(o, 'rpartition', bytearray(b'b')))

    print('--- replace')
    for s in [b'', b'a', b'aaa', b'abcabc', b'hello world']:
        o = cls(s)
        print(repr(o), [call(o, 'replace', *args) for args in [
            (b'a', b'x'), (b'a', b''), (b'', b'-'), (b'', b'-', 2), (b'', b''), (b'a', b'xyz', 1), (b'a', b'x', 0),
            (b'abc', b'C'), (b'o', b'0', -1), (b'zz', b'y'), (bytearray(b'l'), memoryview(b'L'))]])

    print('--- removeprefix, removesuffix')
    for s in [b'', b'prefix-body-suffix', b'pre']:
        o = cls(s)
        print(repr(o), call(o, 'removeprefix', b'prefix-'), call(o, 'removesuffix', b'-suffix'),
              call(o, 'removeprefix', b''), call(o, 'removesuffix', b'pre'), call(o, 'removeprefix', b'prefix-body-suffix!'))

    print('--- expandtabs')
    for s in [b'', b'\t', b'a\tb', b'ab\tc\td', b'12345678\tx', b'a\tb\nc\td', b'a\r\tb', b'\t\t']:
        o = cls(s)
        print(repr(o), call(o, 'expandtabs'), call(o, 'expandtabs', 4), call(o, 'expandtabs', 1),
              call(o, 'expandtabs', 0), call(o, 'expandtabs', -3), call(o, 'expandtabs', tabsize=3))

    print('--- join')
    sep = cls(b', ')
    print(call(sep, 'join', []), call(sep, 'join', [b'a']), call(sep, 'join', [b'a', bytearray(b'b'), memoryview(b'c')]),
          call(sep, 'join', (b'x', b'y')), call(sep, 'join', iter([b'1', b'2', b'3'])), call(cls(b''), 'join', [b'ab', b'cd']),
          call(sep, 'join', (bytes([c]) for c in b'xyz')))

    print('--- translate, maketrans')
    table = cls.maketrans(b'abc', b'xyz')
    print(type(table).__name__, len(table), table[97:100], cls.maketrans(b'', b'')[:5])
    for s in [b'', b'aabbcc', b'hello abc']:
        o = cls(s)
        print(repr(o), call(o, 'translate', table), call(o, 'translate', None), call(o, 'translate', None, b'l'),
              call(o, 'translate', table, b'a'), call(o, 'translate', table, delete=b'bc'),
              call(o, 'translate', bytearray(table)))

    print('--- hex, fromhex')
    for s in [b'', b'\x00', b'\x01\x23\x45\x67\x89\xab\xcd\xef', b'hello world']:
        o = cls(s)
        print(repr(o), call(o, 'hex'), call(o, 'hex', ':'), call(o, 'hex', b'-', 2), call(o, 'hex', ' ', -3),
              call(o, 'hex', sep='_', bytes_per_sep=4), call(o, 'hex', '|', 0), call(o, 'hex', ':', 100))
    for text in ['', '00', 'ff', 'DeadBeef', ' 01 02\t03\n', '0 1', 'zz', '1', '123', 'ab cd ef ', '\u0660\u0661']:
        print(repr(text), call(cls, 'fromhex', text))

    print('--- decode')
    for s in [b'', b'ascii', b'caf\xc3\xa9', b'\xe2\x82\xac', b'\xf0\x9f\x98\x80']:
        o = cls(s)
        print(repr(o), call(o, 'decode'), call(o, 'decode', 'utf-8'), call(o, 'decode', 'latin-1'),
              call(o, 'decode', encoding='ascii', errors='replace'), call(o, 'decode', errors='ignore'))

# The results' types: bytes methods give bytes, bytearray methods bytearray.
ba = bytearray(b'Mixed Case')
print(type(ba.lower()).__name__, type(ba.split()[0]).__name__, type(ba.partition(b' ')[2]).__name__,
      type(ba.strip()).__name__, type(ba.center(20)).__name__, type(ba.replace(b'x', b'y')).__name__,
      type(ba.translate(None)).__name__, type(b''.join([ba])).__name__, type(ba.join([b'a', b'b'])).__name__)
print(ba.lower() is ba, ba.strip() is ba, ba.center(1) is ba)
b = b'Mixed Case'
print(b.strip() is b, b.center(1) is b, b.replace(b'x', b'x', 0) is b, b.translate(None) is b, b.split()[0] is b)
print(b.ljust(3) is b, b.zfill(2) is b, b.removeprefix(b'') is b, b''.join([b]) is b, b.partition(b'#')[0] is b)
