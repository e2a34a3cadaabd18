# Decoding bytes and encoding text with the built-in codecs (UTF-8, ASCII,
# Latin-1), every error handler, and the UnicodeDecodeError /
# UnicodeEncodeError they raise.


def show(label, f):
    try:
        print(label, ascii(f()))
    except UnicodeError as e:
        print(label, type(e).__name__, '|', e, '|', e.encoding, ascii(e.object), e.start, e.end, e.reason)
    except Exception as e:
        print(label, type(e).__name__, e)


samples = [
    b'plain ascii', b'caf\xc3\xa9', b'\xe2\x82\xac 20', b'\xf0\x9f\x98\x80!', b'\xff', b'a\xffb', b'\x80\x81',
    b'\xc3', b'\xc3(', b'\xe2\x82', b'\xe2\x82(', b'\xe2(\xa1', b'\xf0\x90\x80', b'\xf0\x90(', b'\xf0(\x8c(',
    b'\xe0\x80\x80', b'\xe0\xa0\x80', b'\xed\xa0\x80', b'\xed\xbf\xbf', b'\xed\x9f\xbf', b'\xf4\x90\x80\x80',
    b'\xf4\x8f\xbf\xbf', b'\xf5\x80', b'\xc0\xaf', b'\xc1\xbf', b'\xc2\x80', b'\xf8\x88\x80\x80\x80',
    b'\xfe\xff', b'\xe0\x80', b'\xf0\x80\x80', b'\xed\xa0', b'\xed\xb2\x80\xed', b'abc\xe2', b'\xc3\xa9\xff\xc3',
]
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']

for data in samples:
    print('==', data)
    for h in handlers:
        show('utf-8 ' + h, lambda: data.decode('utf-8', h))
    show('ascii', lambda: data.decode('ascii'))
    show('ascii replace', lambda: data.decode('ascii', 'replace'))
    show('ascii surrogateescape', lambda: data.decode('ascii', 'surrogateescape'))
    show('latin-1', lambda: data.decode('latin-1'))

# Encoding names as CPython spells or aliases them.
for name in ['utf-8', 'UTF-8', 'utf8', 'utf_8', 'U8', 'UTF', ' utf-8 ', 'latin-1', 'latin1', 'Latin_1', 'iso-8859-1',
             'ISO8859-1', 'l1', 'cp819', 'ascii', 'ASCII', 'us-ascii', 'US_ASCII', '646', 'utf-9', 'latin-2', '']:
    show(repr(name), lambda: b'caf\xc3\xa9'.decode(name))

# Error handlers that do not apply, or do not exist.
show('xmlcharrefreplace', lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'))
show('namereplace', lambda: b'\xff'.decode('utf-8', 'namereplace'))
show('unknown, no error', lambda: b'ok'.decode('utf-8', 'no-such-handler'))
show('unknown, error', lambda: b'\xff'.decode('utf-8', 'no-such-handler'))
show('ascii unknown', lambda: b'\xff'.decode('ascii', 'bogus'))
show('surrogateescape of ASCII', lambda: b'\x00'.decode('ascii', 'surrogateescape'))

# Encoding (through bytes() and bytearray(), str.encode's engine).
texts = ['plain', 'caf\xe9', '\u20ac', '\U0001f600', 'a\udcffb', '\udc80\udcff', '\ud800\udc00', 'x\ud83d',
         '\xe9\u20ac\U0001f600', 'ab\xe9\xe9cd', '\x80\xff\u0100']
for text in texts:
    print('==', ascii(text))
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for h in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
                  'surrogateescape', 'surrogatepass']:
            show(enc + ' ' + h, lambda: bytes(text, enc, h))
show('bytearray', lambda: bytearray('d\xe9j\xe0', 'latin-1'))
show('bytearray strict', lambda: bytearray('\u20ac', 'ascii'))
show('unknown encoding', lambda: bytes('x', 'utf-99'))
show('unknown handler', lambda: bytes('\xe9', 'ascii', 'nope'))

# The exceptions themselves.
try:
    b'ab\xffcd'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, UnicodeError), isinstance(e, ValueError))
    print(repr(e))
    print(e.args)
    print(str(e))

e = UnicodeDecodeError('utf-8', b'\x01\x02\x03', 1, 3, 'my reason')
print(str(e), '|', repr(e), '|', e.start, e.end, e.object)
e = UnicodeDecodeError('latin-1', bytearray(b'xyz'), 0, 1, 'why')
print(str(e), '|', type(e.object).__name__)
e = UnicodeEncodeError('ascii', 'h\xe9llo', 1, 2, 'nope')
print(str(e), '|', repr(e), '|', e.object)
e = UnicodeEncodeError('ascii', '\u20ac\U0001f600', 0, 1, 'nope')
print(str(e))
e = UnicodeEncodeError('ascii', '\u20ac\U0001f600', 1, 2, 'nope')
print(str(e))
e = UnicodeEncodeError('ascii', 'abc', 0, 3, 'several')
print(str(e))
show('too few', lambda: UnicodeDecodeError('utf-8', b'x', 0, 1))
show('bad object', lambda: UnicodeDecodeError('utf-8', 'str', 0, 1, 'r'))
show('bad encoding', lambda: UnicodeEncodeError(1, 'str', 0, 1, 'r'))
show('bad start', lambda: UnicodeEncodeError('a', 'str', 'x', 1, 'r'))
show('keywords', lambda: UnicodeDecodeError('utf-8', b'x', 0, 1, 'r', x=1))


def decode_all(chunks):
    # A streaming decoder's job, done by hand: keep an incomplete tail.
    out = []
    pending = b''
    for chunk in chunks:
        data = pending + chunk
        try:
            out += [data.decode('utf-8')]
            pending = b''
        except UnicodeDecodeError as err:
            if err.reason == 'unexpected end of data':
                out += [data[:err.start].decode('utf-8')]
                pending = data[err.start:]
            else:
                raise
    return out, pending


print(decode_all([b'caf', b'\xc3', b'\xa9 ', b'\xe2\x82', b'\xac!', b'\xf0\x9f']))
