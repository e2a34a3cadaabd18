# The errors of bytes and bytearray methods: argument counts, keywords,
# types and values, with CPython's messages (which differ from method to
# method).

names = ['capitalize', 'center', 'count', 'decode', 'endswith', 'expandtabs', 'find', 'fromhex', 'hex', 'index',
         'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'join', 'ljust',
         'lower', 'lstrip', 'maketrans', 'partition', 'removeprefix', 'removesuffix', 'replace', 'rfind',
         'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip',
         'swapcase', 'title', 'translate', 'upper', 'zfill']


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for obj in (b'abc', bytearray(b'abc')):
    for n in names:
        m = getattr(obj, n)
        show(n + '()', lambda: m())
        show(n + '(6 args)', lambda: m(1, 2, 3, 4, 5, 6))
        show(n + '(zzz=1)', lambda: m(zzz=1))

for extra in ['append', 'extend', 'insert', 'pop', 'remove', 'reverse', 'clear', 'copy']:
    m = getattr(bytearray(b'abc'), extra)
    show(extra + '()', lambda: m())
    show(extra + '(6 args)', lambda: m(1, 2, 3, 4, 5, 6))
    show(extra + '(zzz=1)', lambda: m(zzz=1))

b = b'abcabc'
for obj in (b, bytearray(b)):
    print('-----', type(obj).__name__)
    show("count('a')", lambda: obj.count('a'))
    show("find('a')", lambda: obj.find('a'))
    show('find(300)', lambda: obj.find(300))
    show('find(-1)', lambda: obj.find(-1))
    show('find(1.5)', lambda: obj.find(1.5))
    show("find(b'a', 'x')", lambda: obj.find(b'a', 'x'))
    show("find(b'a', 0, 1.5)", lambda: obj.find(b'a', 0, 1.5))
    show("index(b'z')", lambda: obj.index(b'z'))
    show("rindex(b'z', 1)", lambda: obj.rindex(b'z', 1))
    show("startswith('a')", lambda: obj.startswith('a'))
    show("endswith(['a'])", lambda: obj.endswith(['a']))
    show("startswith(('a',))", lambda: obj.startswith(('a',)))
    show("startswith((b'x', 1))", lambda: obj.startswith((b'x', 1)))
    show("startswith(b'a', 'x')", lambda: obj.startswith(b'a', 'x'))
    show("center(10, 'x')", lambda: obj.center(10, 'x'))
    show("center(10, b'xy')", lambda: obj.center(10, b'xy'))
    show("ljust(10, None)", lambda: obj.ljust(10, None))
    show("rjust(10, 42)", lambda: obj.rjust(10, 42))
    show("center('x')", lambda: obj.center('x'))
    show('center(10**30)', lambda: obj.center(10**30))
    show('center(10.0)', lambda: obj.center(10.0))
    show("zfill('x')", lambda: obj.zfill('x'))
    show('zfill(None)', lambda: obj.zfill(None))
    show("split('a')", lambda: obj.split('a'))
    show("split(b'')", lambda: obj.split(b''))
    show("rsplit(b'')", lambda: obj.rsplit(b''))
    show("split(maxsplit='x')", lambda: obj.split(maxsplit='x'))
    show("split(b'a', 1, sep=b'b')", lambda: obj.split(b'a', 1, sep=b'b'))
    show("strip('a')", lambda: obj.strip('a'))
    show("lstrip(1)", lambda: obj.lstrip(1))
    show("replace('a', b'b')", lambda: obj.replace('a', b'b'))
    show("replace(b'a', 'b')", lambda: obj.replace(b'a', 'b'))
    show("replace(b'a', b'b', 'x')", lambda: obj.replace(b'a', b'b', 'x'))
    show("join(['a'])", lambda: obj.join(['a']))
    show("join([b'a', 1])", lambda: obj.join([b'a', 1]))
    show('join(5)', lambda: obj.join(5))
    show("join([memoryview(b'abc')[::2]])", lambda: obj.join([memoryview(b'abc')[::2]]))
    show("partition(b'')", lambda: obj.partition(b''))
    show("rpartition(b'')", lambda: obj.rpartition(b''))
    show("partition('a')", lambda: obj.partition('a'))
    show("removeprefix('a')", lambda: obj.removeprefix('a'))
    show("removesuffix(None)", lambda: obj.removesuffix(None))
    show("translate(b'abc')", lambda: obj.translate(b'abc'))
    show("translate('abc')", lambda: obj.translate('abc'))
    show("translate(None, 'a')", lambda: obj.translate(None, 'a'))
    show("translate(table=None)", lambda: obj.translate(table=None))
    show("maketrans(b'a', b'bc')", lambda: type(obj).maketrans(b'a', b'bc'))
    show("maketrans('a', b'b')", lambda: type(obj).maketrans('a', b'b'))
    show("maketrans(b'a')", lambda: type(obj).maketrans(b'a'))
    show("fromhex(b'ab')", lambda: type(obj).fromhex(b'ab'))
    show("fromhex('zz')", lambda: type(obj).fromhex('zz'))
    show("fromhex('a')", lambda: type(obj).fromhex('a'))
    show("fromhex('ab c')", lambda: type(obj).fromhex('ab c'))
    show("fromhex('abc d')", lambda: type(obj).fromhex('abc d'))
    show("fromhex('\\xe9')", lambda: type(obj).fromhex('\xe9'))
    show("hex('::')", lambda: obj.hex('::'))
    show("hex('')", lambda: obj.hex(''))
    show('hex(1)', lambda: obj.hex(1))
    show("hex('\\xe9')", lambda: obj.hex('\xe9'))
    show("hex(bytearray(b':'))", lambda: obj.hex(bytearray(b':')))
    show("hex(':', 'x')", lambda: obj.hex(':', 'x'))
    show("hex(':', 10**20)", lambda: obj.hex(':', 10**20))
    show("expandtabs('x')", lambda: obj.expandtabs('x'))
    show('expandtabs(10**20)', lambda: obj.expandtabs(10**20))
    show('expandtabs(2**40)', lambda: obj.expandtabs(2**40))
    show('expandtabs(1.5)', lambda: obj.expandtabs(1.5))
    show("splitlines('x')", lambda: obj.splitlines('x'))
    show('splitlines(1.5)', lambda: obj.splitlines(1.5))
    show('splitlines(2)', lambda: obj.splitlines(2))
    show('decode(1)', lambda: obj.decode(1))
    show("decode('utf-8', 1)", lambda: obj.decode('utf-8', 1))
    show("decode('utf\\x00-8')", lambda: obj.decode('utf\x00-8'))
    show("decode('foo')", lambda: obj.decode('foo'))
    show("decode('utf-8', 'foo')", lambda: obj.decode('utf-8', 'foo'))
    show("decode(encoding='ascii', errors=None)", lambda: obj.decode(encoding='ascii', errors=None))
