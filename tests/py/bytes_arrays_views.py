# bytes, bytearray and memoryview together: hex/fromhex with separators,
# translate/maketrans, split/join/strip family, bytearray mutation methods
# and their errors, memoryview slicing, casting, tolist, release, and
# comparisons across the three types.
data = bytes(range(65, 75))
print(data, data.hex(), data.hex(":"), data.hex("-", 3), data.hex(" ", -4), bytes.fromhex("41 42\t43"))
for bad in ["4", "zz", "41 4"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError:", e)
table = bytes.maketrans(b"ABC", b"xyz")
print(data.translate(table), data.translate(None, b"AEI"), data.translate(table, b"B"))
try:
    bytes.maketrans(b"ab", b"c")
except ValueError as e:
    print("ValueError:", e)
line = b"  key = value ; other  "
print(line.strip(), line.split(b"="), line.split(), line.rsplit(None, 1), line.partition(b";"), b"-".join([b"a", b"b"]))
print(b"a,b,,c".split(b","), b"abc".center(9, b"*"), b"42".zfill(5), b"Hello".swapcase(), b"hello world".title())
print(b"abc".startswith((b"x", b"a")), b"abcabc".count(b"bc"), b"abc".find(b"c"), b"abc".rindex(b"a"), b"a\tb".expandtabs(4))
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
ba = bytearray(b"hello")
ba.append(33)
ba.extend(b" world")
ba.insert(0, 62)
ba[1] = ord("H")
del ba[-6:]
ba += b"!!"
ba *= 2
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.remove(ord("!"))
ba.reverse()
print(ba, ba.count(b"l"), ba.upper(), ba.isalpha())
for call in [lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.append("x"), lambda: bytearray().pop(),
             lambda: ba.remove(ord("z")), lambda: ba.insert(0, 300), lambda: ba.__setitem__(0, 999),
             lambda: ba.extend([1, "a"]), lambda: bytearray(-1), lambda: bytearray("text"), lambda: bytes([256])]:
    try:
        call()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
ba[1:3] = b"XYZW"
ba[::2] = b"\x00" * len(ba[::2])
print(ba)
mv = memoryview(b"abcdefgh")
print(mv[1], mv[1:4].tobytes(), mv[::2].tolist(), bytes(mv[-3:]), len(mv), mv.nbytes, mv.readonly, mv.format, mv.itemsize)
print(mv == b"abcdefgh", mv[:2] == bytearray(b"ab"), mv.hex(), mv[::-1].tobytes())
try:
    mv[0] = 1
except TypeError as e:
    print("TypeError:", e)
buf = bytearray(b"abcdef")
m2 = memoryview(buf)
m2[0] = ord("A")
m2[2:4] = b"CD"
print(buf, m2.readonly)
try:
    buf.append(1)
except BufferError as e:
    print("BufferError:", e)
m2.release()
buf.append(ord("g"))
print(buf)
try:
    m2[0]
except ValueError as e:
    print("ValueError:", e)
ints = memoryview(bytearray(8)).cast("i")
ints[0] = -2
ints[1] = 7
print(ints.tolist(), ints.format, ints.itemsize, len(ints), bytes(ints.cast("B"))[:4])
try:
    ints[0] = 2 ** 40
except (ValueError, OverflowError, TypeError) as e:
    print(type(e).__name__ + ":", e)
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
print(cm.obj if False else "released")
print(b"abc" < b"abd", bytearray(b"a") == b"a", b"a" + bytearray(b"b"), bytearray(b"a") + b"b", b"ab" * 2)
print(bytes(3), bytes([1, 2]), bytes(b"x"), bytes(bytearray(b"y")), bytes(memoryview(b"z")), bytes("é", "utf-8"))
print(list(b"\x00\xff"), b"\x00\xff"[1], b"caf\xc3\xa9".decode(), b"\xe9".decode("latin-1"), b"a\xffb".decode("ascii", "replace"))
print(repr(b"'\"\n\x7f"), repr(bytearray(b"q")), str(b"s"), b"%s-%d-%x" % (b"x", 5, 255), b"%(k)s" % {b"k": b"v"})
