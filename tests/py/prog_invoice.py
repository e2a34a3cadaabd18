# Invoicing with exact money: amounts in integer cents, a Money class with
# currency checks, banker's rounding of tax computed with rational
# arithmetic (int numerator/denominator), discounts by tier and coupon,
# allocation of a total across lines without losing cents (largest
# remainder), and a formatted invoice with aligned columns.
class CurrencyMismatch(TypeError):
    pass


def round_half_even(num, den):
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q % 2 == 1):
        q += 1
    return q


class Money:
    __slots__ = ("cents", "currency")

    def __init__(self, cents, currency="EUR"):
        if not isinstance(cents, int):
            raise TypeError(f"cents must be int, not {type(cents).__name__}")
        self.cents, self.currency = cents, currency

    @classmethod
    def parse(cls, text, currency="EUR"):
        sign = -1 if text.startswith("-") else 1
        whole, _, frac = text.lstrip("+-").partition(".")
        frac = (frac + "00")[:2]
        return cls(sign * (int(whole or 0) * 100 + int(frac)), currency)

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
        return None

    def __add__(self, other):
        if other == 0:
            return self
        bad = self._check(other)
        return bad if bad is not None else Money(self.cents + other.cents, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        bad = self._check(other)
        return bad if bad is not None else Money(self.cents - other.cents, self.currency)

    def __mul__(self, factor):
        if isinstance(factor, int):
            return Money(self.cents * factor, self.currency)
        if isinstance(factor, tuple):
            num, den = factor
            return Money(round_half_even(self.cents * num, den), self.currency)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self.cents, self.currency)

    def __eq__(self, other):
        if isinstance(other, int) and other == 0:
            return self.cents == 0
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        bad = self._check(other)
        return bad if bad is not None else self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        whole, frac = divmod(abs(self.cents), 100)
        return f"{sign}{whole:,}.{frac:02} {self.currency}"

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def allocate(self, weights):
        total = sum(weights)
        shares = [self.cents * w // total for w in weights]
        remainders = sorted(range(len(weights)), key=lambda i: (-(self.cents * weights[i] % total), i))
        for i in remainders[:self.cents - sum(shares)]:
            shares[i] += 1
        return [Money(s, self.currency) for s in shares]


TAX = {"standard": (19, 100), "reduced": (7, 100), "none": (0, 1)}
lines = [("Widget", 3, Money.parse("19.99"), "standard"), ("Book", 2, Money.parse("12.50"), "reduced"),
         ("Gift card", 1, Money.parse("50"), "none"), ("Cable", 7, Money.parse("0.35"), "standard")]
subtotal = sum((qty * price for _, qty, price, _ in lines), Money(0))
tier = (5, 100) if subtotal.cents >= 10000 else (0, 1)
discount = subtotal * tier
coupon = Money.parse("5.00")
print(f"{'item':12} {'qty':>3} {'price':>12} {'net':>12} {'tax':>10}")
tax_total = Money(0)
for name, qty, price, rate in lines:
    net = qty * price
    tax = net * TAX[rate]
    tax_total = tax_total + tax
    print(f"{name:12} {qty:>3} {str(price):>12} {str(net):>12} {str(tax):>10}")
total = subtotal - discount - coupon + tax_total
print(f"subtotal {subtotal}, discount {discount}, coupon {coupon}, tax {tax_total}, total {total}")
parts = total.allocate([1, 1, 1])
print("split three ways:", [str(p) for p in parts], sum(parts, Money(0)) == total)
print([str(m) for m in Money.parse("100").allocate([70, 20, 10])], [m.cents for m in Money(1).allocate([1, 1])])
print([round_half_even(n, 2) for n in (1, 3, 5, 7, -1, -3)], str(Money.parse("-0.5")), str(Money(123456789)))
print(sorted([Money(5), Money(-3), Money(0)]), Money(1) == Money(1), len({Money(1), Money(1, "EUR")}))
for bad in [lambda: Money(1) + Money(1, "USD"), lambda: Money(1.5), lambda: Money(1) * 1.5, lambda: Money(1) < 3]:
    try:
        bad()
    except (CurrencyMismatch, TypeError) as e:
        print(type(e).__name__ + ":", e)
