# Byte-level codecs written by hand: base64 encode/decode (with padding and
# error checks), CRC-32 with a generated table, run-length encoding, and an
# LZ77 compressor/decompressor with a sliding window, verified by round trips.
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
REVERSE = {c: i for i, c in enumerate(ALPHABET)}


def b64encode(data: bytes) -> str:
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.append("".join(chars))
    return "".join(out)


def b64decode(text: str) -> bytes:
    if len(text) % 4:
        raise ValueError(f"invalid length {len(text)}")
    out = bytearray()
    for i in range(0, len(text), 4):
        quad = text[i:i + 4]
        pad = quad.count("=")
        if pad and quad[4 - pad:] != "=" * pad or pad > 2:
            raise ValueError(f"bad padding in {quad!r}")
        n = 0
        for c in quad[:4 - pad]:
            if c not in REVERSE:
                raise ValueError(f"invalid character {c!r}")
            n = n << 6 | REVERSE[c]
        n <<= 6 * pad
        out += n.to_bytes(3, "big")[:3 - pad]
    return bytes(out)


def crc_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


TABLE = crc_table()


def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def rle(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes((j - i, data[i]))
        i = j
    return bytes(out)


def unrle(data):
    return b"".join(bytes([data[i + 1]]) * data[i] for i in range(0, len(data), 2))


def lz77(data, window=255, max_len=15):
    out = []
    i = 0
    while i < len(data):
        best_off = best_len = 0
        start = max(0, i - window)
        for j in range(start, i):
            k = 0
            while k < max_len and i + k < len(data) - 1 and data[j + k] == data[i + k]:
                k += 1
            if k > best_len:
                best_off, best_len = i - j, k
        nxt = data[i + best_len]
        out.append((best_off, best_len, nxt))
        i += best_len + 1
    return out


def unlz77(tokens):
    out = bytearray()
    for off, length, nxt in tokens:
        start = len(out) - off
        for k in range(length):
            out.append(out[start + k])
        out.append(nxt)
    return bytes(out)


samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(0, 256, 17)),
           "héllo wörld ✓".encode()]
for s in samples:
    enc = b64encode(s)
    print(repr(s)[:40], enc, b64decode(enc) == s)
for bad in ("abc", "ab=c", "a===", "ab$=", "====", "QQ=="):
    try:
        print(repr(bad), b64decode(bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for s in (b"", b"a", b"The quick brown fox jumps over the lazy dog", b"123456789"):
    print(s[:20], hex(crc32(s)), crc32(s[5:], crc32(s[:5])) == crc32(s))
text = b"aaaaabbbcccccccccccd" + b"x" * 300
r = rle(text)
print(len(text), len(r), r[:12], unrle(r) == text)
corpus = (b"to be or not to be, that is the question: whether 'tis nobler in the mind to suffer "
          b"the slings and arrows of outrageous fortune, or to take arms against a sea of troubles " * 3)
tokens = lz77(corpus)
print(len(corpus), "bytes ->", len(tokens), "tokens", tokens[:6])
print("round trip", unlz77(tokens) == corpus, "crc", hex(crc32(corpus)))
print(b64encode(bytes(t[2] for t in tokens[:20])))
