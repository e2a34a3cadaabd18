# A small binary message protocol written with bytes and bytearray alone:
# length-prefixed frames, big- and little-endian integers, varints, a
# type-tagged value encoding, and a parser with precise errors.


class ProtocolError(Exception):
    pass


def u16be(n):
    return bytes([(n >> 8) & 0xFF, n & 0xFF])


def u32le(n):
    return bytes([n & 0xFF, (n >> 8) & 0xFF, (n >> 16) & 0xFF, (n >> 24) & 0xFF])


def read_u16be(buf, pos):
    return (buf[pos] << 8) | buf[pos + 1], pos + 2


def read_u32le(buf, pos):
    b = buf[pos:pos + 4]
    if len(b) < 4:
        raise ProtocolError('truncated u32')
    return b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24), pos + 4


def varint(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def read_varint(buf, pos):
    shift = 0
    result = 0
    while True:
        if pos >= len(buf):
            raise ProtocolError('truncated varint')
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7


def zigzag(n):
    return (n << 1) ^ (n >> 63)


def unzigzag(n):
    return (n >> 1) ^ -(n & 1)


def encode(value):
    if value is None:
        return b'N'
    if value is True or value is False:
        return b'T' if value else b'F'
    if isinstance(value, int):
        return b'I' + varint(zigzag(value))
    if isinstance(value, bytes):
        return b'B' + varint(len(value)) + value
    if isinstance(value, str):
        data = bytes(value, 'utf-8')
        return b'S' + varint(len(data)) + data
    if isinstance(value, list):
        out = bytearray(b'L')
        out += varint(len(value))
        for item in value:
            out += encode(item)
        return bytes(out)
    if isinstance(value, tuple):  # a record: (name, value) pairs
        out = bytearray(b'D')
        out += varint(len(value))
        for k, v in value:
            out += encode(k)
            out += encode(v)
        return bytes(out)
    raise ProtocolError('cannot encode ' + type(value).__name__)


def decode(buf, pos=0):
    if pos >= len(buf):
        raise ProtocolError('unexpected end of message')
    tag = buf[pos:pos + 1]
    pos += 1
    if tag == b'N':
        return None, pos
    if tag == b'T':
        return True, pos
    if tag == b'F':
        return False, pos
    if tag == b'I':
        n, pos = read_varint(buf, pos)
        return unzigzag(n), pos
    if tag == b'B' or tag == b'S':
        n, pos = read_varint(buf, pos)
        data = buf[pos:pos + n]
        if len(data) != n:
            raise ProtocolError('truncated string')
        return (bytes(data) if tag == b'B' else bytes(data).decode('utf-8')), pos + n
    if tag == b'L':
        n, pos = read_varint(buf, pos)
        items = []
        for _ in range(n):
            item, pos = decode(buf, pos)
            items += [item]
        return items, pos
    if tag == b'D':
        n, pos = read_varint(buf, pos)
        pairs = []
        for _ in range(n):
            k, pos = decode(buf, pos)
            v, pos = decode(buf, pos)
            pairs += [(k, v)]
        return tuple(pairs), pos
    raise ProtocolError('unknown tag ' + repr(tag))


def frame(payload, kind):
    header = b'DX' + bytes([kind]) + u32le(len(payload))
    return header + payload


def unframe(stream):
    view = memoryview(stream)
    pos = 0
    frames = []
    while pos < len(stream):
        if bytes(view[pos:pos + 2]) != b'DX':
            raise ProtocolError('bad magic ' + repr(bytes(view[pos:pos + 2])))
        kind = view[pos + 2]
        size, body = read_u32le(stream, pos + 3)
        frames += [(kind, bytes(view[body:body + size]))]
        pos = body + size
    view.release()
    return frames


for n in [0, 1, 127, 128, 300, 16384, 2**31, 2**63 - 1]:
    v = varint(n)
    print(n, v.hex(' '), read_varint(v, 0))
for n in [0, -1, 1, -64, 64, -2**40]:
    print(n, zigzag(n), unzigzag(zigzag(n)))
print(u16be(0xABCD), read_u16be(b'\xab\xcd', 0), u32le(0x01020304), read_u32le(u32le(0xDEADBEEF), 0))

messages = [
    None, True, 42, -7, b'\x00\xffraw', 'h\xe9llo \u20ac', [1, [2, [3]], 'x'],
    (('user', 'ada'), ('id', 1815), ('tags', [b'a', b'b']), ('admin', False)),
]
stream = bytearray()
for i, m in enumerate(messages):
    payload = encode(m)
    stream += frame(payload, i)
    print(i, len(payload), payload)
print(len(stream), stream[:32].hex())
for kind, payload in unframe(bytes(stream)):
    value, end = decode(payload)
    print(kind, value, end == len(payload), value == messages[kind])

for broken in [b'DX\x00\x05\x00\x00\x00I', b'DY\x00\x00\x00\x00\x00', b'DX\x00\x01\x00']:
    try:
        for kind, payload in unframe(broken):
            print(decode(payload))
    except ProtocolError as e:
        print('ProtocolError:', e)
for bad in [b'', b'I\x80', b'S\x05ab', b'L\x02I\x02', b'Q', b'S\x02\xff\xfe']:
    try:
        print(decode(bad))
    except ProtocolError as e:
        print('ProtocolError:', e)
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError:', e)
try:
    encode(1.5)
except ProtocolError as e:
    print('ProtocolError:', e)
