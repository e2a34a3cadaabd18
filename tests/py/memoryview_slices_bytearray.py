# memoryview, slice objects and bytearray slice assignment: views over
# bytes/bytearray (readonly, tolist, cast, slicing, released views), slice
# attributes/indices/hash/compare, extended slice assignment size rules, and
# bytearray resizing while exported.
ba = bytearray(b"hello world")
mv = memoryview(ba)
print(mv.readonly, mv.nbytes, mv.itemsize, mv.format, mv.ndim, mv.shape, mv.strides, len(mv))
print(mv[0], mv[-1], bytes(mv[1:5]), mv[::2].tobytes(), mv.tolist()[:3], mv.hex(), mv[2:4].hex("-"))
mv[0] = ord("J")
mv[1:3] = b"EL"
print(ba)
try:
    ba.append(33)
except BufferError as e:
    print("BufferError:", e)
try:
    mv[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print("ValueError:", e)
mv.release()
ba.append(33)
print(ba)
try:
    mv[0]
except ValueError as e:
    print("ValueError:", e)
ro = memoryview(b"abc")
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(ro == b"abc", ro == memoryview(b"abc"), ro != b"abd", hash(ro) == hash(b"abc"))
with memoryview(bytearray(b"xyz")) as m2:
    print(m2.tobytes(), m2.obj)
print(m2.__repr__().startswith("<released memory"))
ints = memoryview(bytearray(range(8))).cast("H")
print(ints.format, ints.itemsize, len(ints), ints.tolist(), ints.cast("B").tolist()[:4])
try:
    memoryview(b"abc").cast("H")
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview(5)
except TypeError as e:
    print("TypeError:", e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(5), repr(slice("a", None, [1])))
try:
    hash(slice(1, 2))
    print("slices hashable")
except TypeError as e:
    print("TypeError:", e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    slice("a").indices(3)
except TypeError as e:
    print("TypeError:", e)
data = list(range(10))
data[::2] = "abcde"
print(data)
try:
    data[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
data[2:5] = []
data[:0] = (7, 8)
data[len(data):] = [99]
print(data)
del data[::3]
print(data)
b2 = bytearray(b"0123456789")
b2[::3] = b"abcd"
b2[1:3] = b""
b2[-1:] = b"XYZ"
print(b2)
try:
    b2[::2] = b"no"
except ValueError as e:
    print("ValueError:", e)
b2[2:4] = [65, 66, 67]
print(b2, b2.find(b"C"), b2.rfind(67), b2.count(b"X"), b2.index(b"B"))
del b2[::2]
print(b2)
t = (1, 2, 3, 4)
print(t[::-1], t[1::2], t[slice(None, None, -2)], "abcdef"[slice(1, None, 2)], range(10)[slice(2, 8, 3)])
print(list(range(20))[3:-3:4], [0, 1, 2][5:1:-1], "xyz"[-100:100], b"abc"[::-1], bytearray(b"ab")[::-1])
