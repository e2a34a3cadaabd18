# Impossible allocations raise MemoryError at once (never a hang), then the
# program goes on.
for label, make in [("str", lambda: "x" * 10**11), ("list", lambda: [0] * 10**11), ("tuple", lambda: (1,) * 10**11),
                    ("bytes", lambda: bytes(10**12)), ("bytearray", lambda: bytearray(10**11)),
                    ("join", lambda: "ab" * 10**11)]:
    try:
        make()
    except MemoryError as e:
        print(label, "MemoryError", repr(e.args))
class A:
    __slots__ = ["a"] * 3
a = A()
a.a = 1
print(a.a, sorted(A.__dict__)[:2])
