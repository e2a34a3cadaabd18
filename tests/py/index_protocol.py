# __index__: used by slicing, sequence repetition, range, bin/hex/oct, int(),
# operator-like builtins and list indexing; and the TypeErrors when it is
# missing or returns a non-int.
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print(f"  __index__ -> {self.v}")
        return self.v


data = list(range(10))
print(data[I(3)])
print(data[I(1):I(7):I(2)])
print("abcdef"[I(2)], "abcdef"[I(-1)], (1, 2, 3)[I(0)])
print([0] * I(3), I(2) * "ab", b"x" * I(4))
print(list(range(I(2), I(8), I(3))))
print(bin(I(10)), hex(I(255)), oct(I(8)))
print(range(10)[I(4)], len(range(I(5))))
print(int.__index__(7), (5).__index__())
print(round(2.5, I(0)) if False else "skip")
data[I(0)] = "z"
print(data[:3])
del data[I(1)]
print(data[:3])
print(bytearray(I(3)), bytes(I(2)))
print(pow(2, 10))
print(divmod(17, 5), "%x" % I(255), "%d" % I(42))
print("{:b}".format(5))


class Bad:
    def __index__(self):
        return "nope"


class Missing:
    pass


for expr in ("data[Bad()]", "data[Missing()]", "[1] * Bad()", "range(Missing())", "bin(Missing())",
             "hex(1.5)", "data[1.0]", "'abc'[None]", "(1,2)['x']", "data[Bad():]", "'x' * 2.0",
             "range(Bad())", "bytes(Bad())"):
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)


class BoolIdx:
    def __index__(self):
        return True


print(data[BoolIdx()], "xyz"[True], [1, 2][False])


class IntSub(int):
    pass


class RetSub:
    def __index__(self):
        return IntSub(2)


print(data[RetSub()])
print(int(I(9)) if hasattr(I, "__int__") else "no __int__ on I")
try:
    int(I(9))
    print("int(I) ok")
except TypeError as e:
    print("TypeError:", e)
print(complex(3).real, float(I.__index__(I(4))))
print(slice(I(1), None).indices(5) if False else slice(1, None).indices(5))
print(slice(None, None, -1).indices(5), slice(-100, 100, 2).indices(7))
try:
    slice(0, 5, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
try:
    data[::0]
except ValueError as e:
    print("ValueError:", e)
