# Numeric tower consistency: equality and hashing across int, float,
# complex and bool (so dict keys and set members merge), comparisons of
# huge ints with floats (exactly, not by rounding), inf/nan against ints,
# mixed-type arithmetic result types, and int/float/complex constructors
# from each other.
vals = [0, 0.0, -0.0, 0j, False, 1, 1.0, True, 1 + 0j, 2 ** 53, 2.0 ** 53, 2 ** 53 + 1, 10 ** 20, 1e20]
for a in vals:
    print(repr(a), [int(a == b) for b in vals], hash(a) == hash(a.real if isinstance(a, complex) else a))
d = {}
for v in vals:
    d[v] = repr(v)
print(d)
print({0, 0.0, False, 0j}, {1, 1.0, True}, len(set(vals)))
big = 2 ** 64 + 1
print(big == float(big), big > float(2 ** 64), big - 1 == float(2 ** 64), float(2 ** 64) < big)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -10 ** 400 > float("-inf"), 10 ** 400 == float("inf"))
nan = float("nan")
print(nan == 1, nan != 1, nan < 10 ** 400, 1 < nan, [nan] == [nan], nan in [nan], nan in {nan})
print(type(1 + 1.0).__name__, type(1 + 1j).__name__, type(True + True).__name__, type(True + 1.5).__name__,
      type(3 // 1.0).__name__, type(2 ** -1).__name__, type(2 ** 2).__name__, type(divmod(3, 1.0)[0]).__name__,
      type(abs(-1j)).__name__, type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(True / 1).__name__)
print(int(1e20), int(-2.9), float(10 ** 20), complex(2), complex(True), float(True), int(False))
print(1 == 1.0000000000000001, 9007199254740993 == 9007199254740992.0, 0.1 + 0.2 == 0.3, 1 / 3 * 3 == 1)
print(hash(-1) == hash(-2), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(0.5), hash(1.5))
print(hash(float("inf")), hash(float("-inf")), hash(complex(1, 2)) == hash(complex(1, 2)), hash(3j) == hash(3j))
print(sorted([3, 1.5, True, 2 ** 70, -1e300, 0j.real]), max(1, 1.0), max(1.0, 1), min(True, 1))
print(sum([1, 2.5, True]), sum([1j, 1]), 5 % -3, -5 % 3, 5.0 % -3, -5.0 % 3, divmod(-7, 2), divmod(-7.0, 2))
print(int("10") == 10.0, "10" == 10, 1 == "1", b"1" == "1", [1] == [1.0], (1, 2) == (1.0, 2.0), {1: 2} == {1.0: 2})
