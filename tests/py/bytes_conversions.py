# int.to_bytes, int.from_bytes, str.encode and str(bytes, encoding).


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: (1024).to_bytes())
t(lambda: (255).to_bytes())
t(lambda: (256).to_bytes())
t(lambda: (1024).to_bytes(2))
t(lambda: (1024).to_bytes(2, 'little'))
t(lambda: (-1).to_bytes(2, 'big', signed=True))
t(lambda: (-1).to_bytes(2, 'big'))
t(lambda: (128).to_bytes(1, 'big', signed=True))
t(lambda: (-129).to_bytes(1, 'big', signed=True))
t(lambda: (0).to_bytes(0))
t(lambda: (1).to_bytes(0))
t(lambda: (1).to_bytes(-1))
t(lambda: (1).to_bytes(1, 'middle'))
t(lambda: (1).to_bytes(1, 5))
t(lambda: (1).to_bytes('x'))
t(lambda: (1).to_bytes(1, 'big', True))
t(lambda: (1).to_bytes(1, 'big', signed=2))
t(lambda: (1).to_bytes(length=3, byteorder='little'))
t(lambda: (1).to_bytes(1, byteorder='big', foo=1))
t(lambda: (2**100).to_bytes(13, 'big'))
t(lambda: (2**100).to_bytes(20, 'little'))
t(lambda: (-2**100).to_bytes(20, 'little', signed=True))
t(lambda: True.to_bytes(2))
t(lambda: int.from_bytes(b'\x04\x00'))
t(lambda: int.from_bytes(b'\x04\x00', 'little'))
t(lambda: int.from_bytes(b'\xff\xff', 'big', signed=True))
t(lambda: int.from_bytes(b'\xff\xff', signed=True))
t(lambda: int.from_bytes(b''))
t(lambda: int.from_bytes(b'', signed=True))
t(lambda: int.from_bytes([1, 2, 3]))
t(lambda: int.from_bytes(bytearray(b'\x01\x00'), 'little'))
t(lambda: int.from_bytes(memoryview(b'\x01\x00')))
t(lambda: int.from_bytes((x for x in [1, 2])))
t(lambda: int.from_bytes('ab'))
t(lambda: int.from_bytes(5))
t(lambda: int.from_bytes([256]))
t(lambda: int.from_bytes(b'\x01', 'x'))
t(lambda: int.from_bytes(b'\x01' * 20, 'big'))
t(lambda: int.from_bytes(b'\x80' + b'\x00' * 15, 'big', signed=True))
t(lambda: bool.from_bytes(b'\x01'))
t(lambda: int.from_bytes())
t(lambda: int.from_bytes(bytes=b'\x01', byteorder='big'))
class MyInt(int): pass
t(lambda: MyInt.from_bytes(b'\x01'))
t(lambda: 'abc'.encode())
t(lambda: 'é'.encode('latin-1'))
t(lambda: 'é'.encode(encoding='ascii', errors='replace'))
t(lambda: 'é'.encode('ascii'))
t(lambda: 'é'.encode(1))
t(lambda: 'é'.encode('ascii', 'bogus'))
t(lambda: 'é'.encode(foo=1))
t(lambda: 'é'.encode('a', 'b', 'c'))
t(lambda: str(b'abc', 'ascii'))
t(lambda: str(b'caf\xc3\xa9', encoding='utf-8'))
t(lambda: str(b'\xff', 'utf-8', 'replace'))
t(lambda: str(b'\xff', errors='replace'))
t(lambda: str(bytearray(b'x'), 'ascii'))
t(lambda: str(memoryview(b'mv'), 'ascii'))
t(lambda: str('abc', 'ascii'))
t(lambda: str(5, 'ascii'))
t(lambda: str(b'x', 5))
t(lambda: str(b'x'))
t(lambda: str(object=b'x', encoding='ascii'))
t(lambda: str(b'a', 'ascii', 'strict', 1))

# Round trips over many values and sizes.
for n in [0, 1, 127, 128, 255, 256, 65535, 2**31 - 1, 2**31, 2**63, 2**64 - 1, 2**100 + 12345, 10**30]:
    for order in ('big', 'little'):
        size = 1
        while n >> (8 * size):
            size += 1
        raw = n.to_bytes(size, order)
        back = int.from_bytes(raw, order)
        neg = (-n).to_bytes(size + 1, order, signed=True)
        print(n, order, raw.hex(), back == n, neg.hex(), int.from_bytes(neg, order, signed=True) == -n)
for size in range(1, 10):
    lo, hi = -2 ** (8 * size - 1), 2 ** (8 * size - 1) - 1
    print(size, lo.to_bytes(size, 'big', signed=True).hex(), hi.to_bytes(size, 'little', signed=True).hex(),
          int.from_bytes(b'\x80' + bytes(size - 1), 'big', signed=True) == lo)
    t(lambda: (hi + 1).to_bytes(size, 'big', signed=True))
    t(lambda: (lo - 1).to_bytes(size, 'big', signed=True))
for text in ['', 'ascii', 'caf\xe9', '\u20ac', '\U0001f600', 'a\udcffb']:
    for enc in ['utf-8', 'latin-1', 'ascii']:
        for err in ['strict', 'replace', 'surrogateescape', 'backslashreplace']:
            t(lambda: text.encode(enc, err))
t(lambda: ''.encode('nope'))
t(lambda: str(b'', 'nope'))
t(lambda: b''.decode('nope'))
t(lambda: bytes('', 'nope'))
print('\u20ac'.encode() == bytes('\u20ac', 'utf-8'), str('\u20ac'.encode(), 'utf-8') == '\u20ac')
