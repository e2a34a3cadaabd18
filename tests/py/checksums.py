# Checksums over bytes computed in Python: CRC-32 (table-driven, as zlib),
# Adler-32, Fletcher-16, the Internet checksum (RFC 1071), CRC-16/CCITT,
# FNV-1a and a Luhn check digit over ASCII digits.


def make_crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table += [c]
    return table


CRC_TABLE = make_crc32_table()


def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for byte in data:
        crc = CRC_TABLE[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def fletcher16(data):
    s1 = s2 = 0
    for byte in data:
        s1 = (s1 + byte) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


def internet_checksum(data):
    if len(data) % 2:
        data = data + b'\x00'
    total = 0
    for i in range(0, len(data), 2):
        total += (data[i] << 8) | data[i + 1]
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def crc16_ccitt(data, crc=0xFFFF):
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def fnv1a_32(data):
    h = 0x811C9DC5
    for byte in data:
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def luhn_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ch - 48  # ord('0')
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


inputs = [b'', b'a', b'abc', b'123456789', b'The quick brown fox jumps over the lazy dog',
          bytes(range(256)), b'\xff' * 1000, bytearray(b'Wikipedia'), memoryview(b'message digest')]
for data in inputs:
    label = bytes(data[:20])
    print(label, len(data), f'{crc32(data):08x} {adler32(data):08x} {fletcher16(data):04x} '
                            f'{internet_checksum(bytes(data)):04x} {crc16_ccitt(data):04x} {fnv1a_32(data):08x}')

# CRC-32 is incremental: feeding pieces gives the same result.
whole = b'incremental checksums over pieces'
crc = 0
for i in range(0, len(whole), 5):
    crc = crc32(whole[i:i + 5], crc)
print(crc == crc32(whole), f'{crc:08x}')

# Verify a packet: appending the checksum makes the Internet checksum zero.
packet = bytearray(b'\x45\x00\x00\x1c\x00\x00\x40\x00\x40\x11')
packet += b'\x00\x00\xc0\xa8\x00\x01\xc0\xa8\x00\xc7'
csum = internet_checksum(packet)
packet[10:12] = bytes([csum >> 8, csum & 0xFF])
print(f'{csum:04x}', packet.hex(' ', 2), internet_checksum(packet))

for number in [b'7992739871', b'4111111111111111'[:-1], b'0']:
    print(number, luhn_digit(number))

# Corrupting one byte changes each checksum.
original = bytearray(b'a reasonably long message to corrupt')
reference = (crc32(original), adler32(original), fletcher16(original))
for pos in [0, 10, len(original) - 1]:
    damaged = bytearray(original)
    damaged[pos] ^= 0x01
    now = (crc32(damaged), adler32(damaged), fletcher16(damaged))
    print(pos, [a != b for a, b in zip(reference, now)])
