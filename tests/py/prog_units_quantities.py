# Physical quantities with units: dimension vectors, arithmetic with unit
# checking (adding metres to seconds fails), multiplication/division
# combining dimensions, powers, conversions between named units, __format__
# with a unit spec, comparisons and hashing of equal quantities, and
# formatting of derived units.
BASE = ("m", "kg", "s", "A")


class DimensionError(TypeError):
    pass


class Q:
    __slots__ = ("value", "dims")

    def __init__(self, value, dims=(0, 0, 0, 0)):
        self.value = value
        self.dims = tuple(dims)

    def _same(self, other, op):
        if not isinstance(other, Q):
            if self.dims == (0, 0, 0, 0):
                return Q(other)
            raise DimensionError(f"cannot {op} {self.unit()} and a plain number")
        if other.dims != self.dims:
            raise DimensionError(f"cannot {op} {self.unit()} and {other.unit()}")
        return other

    def __add__(self, o):
        o = self._same(o, "add")
        return Q(self.value + o.value, self.dims)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._same(o, "subtract")
        return Q(self.value - o.value, self.dims)

    def __mul__(self, o):
        if isinstance(o, Q):
            return Q(self.value * o.value, [a + b for a, b in zip(self.dims, o.dims)])
        return Q(self.value * o, self.dims)

    __rmul__ = __mul__

    def __truediv__(self, o):
        if isinstance(o, Q):
            return Q(self.value / o.value, [a - b for a, b in zip(self.dims, o.dims)])
        return Q(self.value / o, self.dims)

    def __rtruediv__(self, o):
        return Q(o / self.value, [-a for a in self.dims])

    def __pow__(self, n):
        if not isinstance(n, int):
            raise TypeError("only integer powers of quantities")
        return Q(self.value ** n, [a * n for a in self.dims])

    def __neg__(self):
        return Q(-self.value, self.dims)

    def __abs__(self):
        return Q(abs(self.value), self.dims)

    def __eq__(self, o):
        return isinstance(o, Q) and o.dims == self.dims and abs(self.value - o.value) <= 1e-12 * max(1, abs(o.value))

    def __lt__(self, o):
        o = self._same(o, "compare")
        return self.value < o.value

    def __hash__(self):
        return hash((round(self.value, 9), self.dims))

    def unit(self):
        named = {v: k for k, v in DERIVED.items()}
        if self.dims in named:
            return named[self.dims]
        num = "*".join(f"{b}^{d}" if d != 1 else b for b, d in zip(BASE, self.dims) if d > 0)
        den = "*".join(f"{b}^{-d}" if d != -1 else b for b, d in zip(BASE, self.dims) if d < 0)
        return (num or "1") + ("/" + den if den else "")

    def to(self, unit):
        factor, dims = UNITS[unit]
        if dims != self.dims:
            raise DimensionError(f"cannot convert {self.unit()} to {unit}")
        return self.value / factor

    def __format__(self, spec):
        num_spec, _, unit = spec.partition("@")
        if unit:
            return f"{format(self.to(unit), num_spec)} {unit}"
        return f"{format(self.value, num_spec)} {self.unit()}"

    def __repr__(self):
        return f"Q({self.value!r}, {self.unit()})"


DERIVED = {"N": (1, 1, -2, 0), "J": (2, 1, -2, 0), "W": (2, 1, -3, 0), "Pa": (-1, 1, -2, 0), "C": (0, 0, 1, 1),
           "V": (2, 1, -3, -1), "m/s": (1, 0, -1, 0), "Hz": (0, 0, -1, 0)}
UNITS = {"m": (1, (1, 0, 0, 0)), "km": (1000, (1, 0, 0, 0)), "mi": (1609.344, (1, 0, 0, 0)), "s": (1, (0, 0, 1, 0)),
         "h": (3600, (0, 0, 1, 0)), "kg": (1, (0, 1, 0, 0)), "g": (0.001, (0, 1, 0, 0)),
         "km/h": (1000 / 3600, (1, 0, -1, 0)), "mph": (1609.344 / 3600, (1, 0, -1, 0)), "m/s": (1, (1, 0, -1, 0)),
         "J": (1, DERIVED["J"]), "kWh": (3.6e6, DERIVED["J"]), "W": (1, DERIVED["W"]), "N": (1, DERIVED["N"])}


def q(value, unit):
    factor, dims = UNITS[unit]
    return Q(value * factor, dims)


distance = q(42.195, "km")
time = q(2, "h") + q(1, "s") * 9 * 60 + q(57, "s")
speed = distance / time
print(f"marathon {distance:.3f@mi} in {time:.0f@s}: {speed:.3f@km/h}, {speed:.2f@mph}, {speed:.4f}")
mass = q(70, "kg")
g = Q(9.81, (1, 0, -2, 0))
force = mass * g
work = force * q(1, "km")
power = work / q(30, "s") * 60
print(f"{force:.1f}", f"{work:.0f}", f"{work:.4f@kWh}", f"{power:.3e}", repr(g), repr(1 / time))
print(f"{(speed ** 2) * mass / 2:.1f}", f"{q(3, 'm') ** 3:.0f}", f"{Q(5) + 2}", f"{q(1, 'km') / q(1, 'm'):g}")
print(q(1, "km") == q(1000, "m"), q(1, "mi") > q(1, "km"), len({q(1, "km"), q(1000, "m"), q(1, "mi")}),
      sorted([q(1, "mi"), q(1, "km"), q(500, "m")]))
for bad in (lambda: q(1, "m") + q(1, "s"), lambda: q(1, "m") < q(1, "kg"), lambda: q(1, "m") + 5,
            lambda: q(1, "m").to("s"), lambda: q(2, "m") ** 0.5, lambda: format(q(1, "m"), ".2f@h")):
    try:
        print(bad())
    except DimensionError as e:
        print("DimensionError:", e)
    except TypeError as e:
        print("TypeError:", e)
print(issubclass(DimensionError, TypeError), Q.__slots__, hasattr(q(1, "m"), "__dict__"))
