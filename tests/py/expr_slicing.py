# Slicing: positive and negative bounds and steps, out-of-range clamping,
# slice objects and indices(), slice assignment (growing, shrinking,
# extended slices needing equal lengths), deletion, and the error messages.
s = list(range(10))
for sl in [slice(2, 5), slice(-3, None), slice(None, -7), slice(None, None, 2), slice(1, None, 3),
           slice(None, None, -1), slice(8, 2, -2), slice(-1, -5, -1), slice(20, 30), slice(-30, 3),
           slice(5, 2), slice(None, None, -3), slice(2, -2, 2), slice(-2, 2, -1), slice(100, None, -4)]:
    print(f"{str(sl):24} {s[sl]!s:32} {'abcdefghij'[sl]!r:14} {tuple(range(10))[sl]!s:20} {sl.indices(10)}")
print(s[::], s[:], s[:-1][-1], "hello"[::-1], "hello"[1:-1], b"bytes"[1:3], bytearray(b"xyz")[::-1])
print(range(10)[2:8:3], range(10)[::-1], range(0, 20, 3)[1:4], range(10, 0, -2)[::2])
print(slice(1, 2, 3).start, slice(5).stop, slice(5).start, slice(None).step, slice(1, 2) == slice(1, 2))
print(slice(-1, None).indices(5), slice(None, None, -1).indices(0), slice(3, 1, -1).indices(2))
for bad in [lambda: s[::0], lambda: s["a":], lambda: slice(1, 2, 0).indices(5), lambda: slice(1).indices(-1),
            lambda: s[1.5:], lambda: "abc"[::0]]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[1:4] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [99]
print(a)
a[::2] = "ABCD"
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
del a[::3]
print(a)
del a[-2:]
print(a)
del a[:]
print(a)
b = list(range(8))
b[5:2] = ["inserted"]
print(b)
b[-1:-3:-1] = ["p", "q"]
print(b)
b[2:6] = b
print(len(b), b[:4])
c = list("abcdef")
c[1:5:2] = c[4:0:-2] if False else ["!", "?"]
print(c)
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
ba[6:] = b"there, friend"
del ba[5:6]
print(ba, ba[::-2])
ba[::2] = b"\x00" * len(ba[::2])
print(ba)


class Tracker:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("set", key, value)

    def __delitem__(self, key):
        print("del", key)


tr = Tracker()
print(tr[1:2], tr[::], tr[:, 1:2], tr[..., ::-1], tr[1:2:3, ...])
tr[::2] = "v"
del tr[-1:]
big = 10 ** 30
print(s[big:], s[-big:2], s[:big][-1], slice(big).indices(7), slice(-big, big, -1).indices(4))
t = (1, 2, 3)
try:
    t[0:1] = (5,)
except TypeError as e:
    print("TypeError:", e)
try:
    del "abc"[0:1]
except TypeError as e:
    print("TypeError:", e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(s[Idx(2):Idx(-2):Idx(3)], "python"[Idx(1):Idx(4)], slice(Idx(1), Idx(5)).indices(3))
print(hash(slice(1, 2)) if False else slice(1, 2, None), repr(slice("a", [1], None)))
