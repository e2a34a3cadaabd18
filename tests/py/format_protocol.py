# format() and __format__: custom __format__, format specs on int/float/str,
# the !r/!s/!a conversions, nested fields, object.__format__ rejecting a
# non-empty spec, and the ValueError messages for bad specs.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        if spec.startswith(">"):
            return format(f"${self.cents / 100:.2f}", spec)
        raise ValueError(f"bad Money spec {spec!r}")

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return "money!"


m = Money(12345)
print(format(m), format(m, "c"), f"{m:>12}|", f"{m!r}", f"{m!s:*^10}")
print("{0} {0:c} {0!r:>15}".format(m))
try:
    format(m, "zz")
except ValueError as e:
    print("ValueError:", e)


class NoFormat:
    def __str__(self):
        return "nf"


print(format(NoFormat()), f"{NoFormat()}", "{}".format(NoFormat()))
try:
    format(NoFormat(), "10")
except TypeError as e:
    print("TypeError:", e)


class BadFormat:
    def __format__(self, spec):
        return 42


try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)

# ints
for spec in ("", "d", "5d", "<5", "^7", "+", " ", "08", "_", ",", "x", "#X", "#o", "#b", "c", "e", ".3%", "=+8", "0=10",
             "n"):
    print(repr(spec), repr(format(1234 if spec != "c" else 65, spec)))
print(format(-42, "08"), format(-42, "=8"), format(-42, "x"), format(2 ** 70, ","), format(2 ** 40, "_x"))
print(format(True, "d"), format(True, ""), format(False, ">6"))
# floats
for spec in ("", ".2f", "10.3e", "g", ".3g", "%", ".1%", "+.1f", "08.2f", ",.2f", "_.1f", "E", "G", ".0f", "#.0f", ".10g",
             "a" if False else "F"):
    print(repr(spec), repr(format(12345.6789, spec)))
for v in (0.0, -0.0, 1e16, 1e-5, 123456789.0, float("inf"), float("-inf"), float("nan"), 0.1, 1 / 3):
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".3"), format(v, "10.2f"), format(v, "e"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
# strings
for spec in ("", "10", "<10", ">10", "^10", "*^11", ".3", "10.2", "=>5"):
    print(repr(spec), repr(format("hello", spec)))
# complex
print(format(1 + 2j, ""), format(1.5 - 2j, ".2f"), format(3j, ">10"), format(complex(1, 0), ""))
bad = [(1, "s"), (1.5, "d"), ("s", "d"), ("s", "+"), (1, ".2s"), (1, ",x"), (1.0, "z"), ("x", "=5"), (1, "=,c"),
       (1, "c,"), (10 ** 8, "c"), (-1, "c"), (1, "+c"), (1 + 1j, "="), (1 + 1j, "010")]
for v, spec in bad:
    try:
        print(repr(v), repr(spec), "->", repr(format(v, spec)))
    except (ValueError, OverflowError) as e:
        print(repr(v), repr(spec), "->", type(e).__name__ + ":", e)
# nested fields and str.format corners
print("{:{w}.{p}f}|".format(3.14159, w=10, p=3))
print("{0[1]} {0[x]} {1.real}".format({1: "one", "x": "ex"}, 5))
print("{!a}".format("héllo"), "{:%}".format(0.5), "{{}} {}".format(1))
print("{:>{}}".format("r", 4), "{:{}{}}".format(7, "<", 3) + "|")
for fmt, args in (("{", ()), ("}", ()), ("{0", ()), ("{}", ()), ("{1}", (1,)), ("{x}", ()), ("{!z}", (1,)),
                  ("{0:{1:{2}}}", (1, 2, 3)), ("{:d}", ("s",)), ("{0.missing}", (1,)), ("{0[5]}", ([1],)),
                  ("{} {0}", (1, 2)), ("{0} {}", (1, 2))):
    try:
        print(repr(fmt), "->", repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), "->", type(e).__name__ + ":", e)
print(format(m, ">12").replace(" ", "."))
print(f"{'nested ' + f'{1 + 1}'}", f"{3!r:>4}", f"{'x'!a}", f"{10:#{'x'}}")
w = 6
print(f"{'ab':{w}}|{'ab':>{w}}|{3.14159:.{w - 3}f}")
