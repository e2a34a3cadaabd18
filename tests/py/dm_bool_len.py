# Truth testing: __bool__, __len__ fallback, errors for bad results, and
# len() rules (negative, too large, non-int, __index__).
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  __bool__", self.v)
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  __len__", self.n)
        return self.n


class Both(L):
    def __bool__(self):
        print("  Both.__bool__")
        return True


print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both(0)))
print("not:", not B(False), not L(2))
if L(1) and B(True):
    print("and ok")
print(B(False) or "fallback", (L(0) or L(5)).n)
print([x for x in (L(0), L(1), B(False), B(True)) if x].__len__())
while L(0):
    print("never")
print("truthy plain object:", bool(object()))

for bad in ("yes", 1, None, 0.0):
    try:
        bool(B(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    if B(1):
        pass
except TypeError as e:
    print("TypeError:", e)
for bad_len in (-1, "3", 2**100, 1.0):
    try:
        print(len(L(bad_len)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
    try:
        print(bool(L(bad_len)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


class Idx:
    def __index__(self):
        return 4


class LenIdx:
    def __len__(self):
        return Idx()


print(len(LenIdx()))


class BoolSub(int):
    pass


class LenBoolSub:
    def __len__(self):
        return True


print(len(LenBoolSub()))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(x for x in [])
except TypeError as e:
    print("TypeError:", e)
print(bool([]), bool([0]), bool(""), bool(" "), bool(0j), bool(0.0), bool(-0.0), bool(range(0)), bool(range(1)))
print(bool({}), bool(set()), bool(frozenset([0])), bool(b""), bool(bytearray(1)), bool(None), bool(Ellipsis))


class ZeroDiv:
    def __bool__(self):
        return 1 // 0


try:
    x = ZeroDiv() and 1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(1 if L(0) else 2, 3 if B(True) else 4)
print(any([L(0), L(0)]), all([L(1), Both(0)]))
