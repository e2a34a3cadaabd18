# Differential checks over pseudo-random inputs (a fixed linear congruential
# generator, so both interpreters see the same data): UTF-8 decoding with
# every error handler, searches, splits and replacements, bytearray slice
# assignment against the same edits done on a list.

state = [12345]


def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n


def random_utf8ish(length):
    # Mostly valid UTF-8 pieces, with stray continuation and lead bytes.
    out = bytearray()
    while len(out) < length:
        k = rand(10)
        if k < 3:
            out.append(32 + rand(95))
        elif k == 3:
            out += bytes([0xC2 + rand(30), 0x80 + rand(64)])
        elif k == 4:
            out += bytes([0xE0 + rand(16), 0x80 + rand(64), 0x80 + rand(64)])
        elif k == 5:
            out += bytes([0xF0 + rand(5), 0x80 + rand(64), 0x80 + rand(64), 0x80 + rand(64)])
        else:
            out.append(rand(256))
    return bytes(out)


handlers = ['replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass']
for i in range(300):
    data = random_utf8ish(1 + rand(12))
    results = []
    for h in handlers:
        try:
            results += [ascii(data.decode('utf-8', h))]
        except UnicodeDecodeError as e:
            results += ['E' + str(e.start) + '-' + str(e.end)]
    try:
        data.decode('utf-8')
        strict = 'ok'
    except UnicodeDecodeError as e:
        strict = str(e)
    print(data.hex(), strict, results)

alphabet = b'ab, \t\n'
for i in range(200):
    s = bytes(alphabet[rand(len(alphabet))] for _ in range(rand(14)))
    sub = bytes(alphabet[rand(3)] for _ in range(rand(3)))
    start = rand(20) - 10
    end = rand(20) - 5
    try:
        sp = s.split(sub, rand(4) - 1) if sub else 'empty'
    except ValueError as e:
        sp = str(e)
    print(s, sub, start, end, s.find(sub, start, end), s.rfind(sub, start, end), s.count(sub, start, end),
          s.startswith(sub, start, end), s.endswith(sub, start, end), s.split(), s.rsplit(None, rand(3)), sp,
          s.replace(sub, b'<>', rand(4) - 1), s.strip(b' ,'), s.splitlines(rand(2)), s.expandtabs(rand(5)))

for i in range(200):
    ba = bytearray(b'0123456789')
    ref = list(ba)
    for step in range(4):
        a, b, c = rand(14) - 2, rand(14) - 2, [1, 1, 2, -1, 3][rand(5)]
        new = bytes(65 + rand(26) for _ in range(rand(5)))
        if c == 1 or rand(2):
            ba[a:b] = new
            ref[a:b] = list(new)
        else:
            try:
                del ba[a:b:c]
                del ref[a:b:c]
            except ValueError as e:
                print('error', e)
    print(bytes(ba), ba == bytearray(ref), len(ba) == len(ref))
