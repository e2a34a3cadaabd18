# A hexdump tool (like `xxd` and `hexdump -C`) and its inverse, over bytes,
# bytearray and memoryview.


def printable(byte):
    return 32 <= byte < 127


def hexdump(data, width=16, start=0):
    view = memoryview(data)
    lines = []
    for off in range(0, len(view), width):
        chunk = view[off:off + width]
        hex_part = chunk.hex(' ')
        if len(chunk) > 8 and width == 16:
            hex_part = chunk[:8].hex(' ') + '  ' + chunk[8:].hex(' ')
        pad = ' ' * (3 * width + (1 if width == 16 else 0) - 1 - len(hex_part))
        text = bytes(b if printable(b) else 46 for b in chunk).decode('ascii')
        lines += [f'{start + off:08x}  {hex_part}{pad}  |{text}|']
    lines += [f'{start + len(view):08x}']
    view.release()
    return lines


def xxd(data, cols=8):
    out = []
    for off in range(0, len(data), cols):
        chunk = data[off:off + cols]
        groups = chunk.hex(' ', -2)
        text = chunk.translate(TABLE).decode('latin-1')
        out += [f'{off:07x}: {groups:<{cols * 2 + cols // 2 - 1}}  {text}']
    return out


# Non-printable bytes show as '.': a translation table does it at once.
TABLE = bytes(c if printable(c) else 46 for c in range(256))


def undump(lines):
    out = bytearray()
    for line in lines:
        parts = line.split(b'|')[0].split()
        for word in parts[1:]:
            out += bytes.fromhex(word.decode('ascii'))
    return bytes(out)


samples = [
    b'',
    b'Hello, world!\n',
    bytes(range(40)),
    bytearray(b'\x00\x01binary\xfe\xff and text mixed \t\r\n'),
    bytes('caf\xe9 na\xefve \u20ac', 'utf-8'),
]
for s in samples:
    for line in hexdump(s):
        print(line)
    print('--')
for line in hexdump(bytes(range(200, 256)) * 2, width=12, start=0x1000):
    print(line)
print('--')
for line in xxd(b'The quick brown fox jumps over the lazy dog.\x00\x01\x02'):
    print(line)
print('--')

# Round trip: parse the dump back (bytes methods on the lines).
original = bytes(range(0, 256, 7)) + b'tail'
dump = [bytes(line, 'ascii') for line in hexdump(original)]
restored = undump(l.split(b'  |')[0].replace(b'  ', b' ') for l in dump[:-1])
print(restored == original, len(restored))
print(TABLE[:40], TABLE[120:135])
