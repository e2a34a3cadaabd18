# A warehouse simulation: products with stock levels in several bins,
# orders picked with first-expiry-first-out, backorders, restocking from
# suppliers with lead times, a daily loop, and an end-of-run report.
# Uses dataclass-like classes written by hand (__eq__, __repr__, ordering).
class Lot:
    __slots__ = ("sku", "qty", "expiry", "bin")

    def __init__(self, sku, qty, expiry, bin):
        self.sku, self.qty, self.expiry, self.bin = sku, qty, expiry, bin

    def __repr__(self):
        return f"Lot({self.sku}, {self.qty}, exp={self.expiry}, {self.bin})"

    def __lt__(self, other):
        return (self.expiry, self.bin) < (other.expiry, other.bin)


class Order:
    def __init__(self, oid, day, lines):
        self.oid, self.day, self.lines = oid, day, dict(lines)
        self.shipped = {}
        self.status = "open"

    def remaining(self):
        return {sku: q - self.shipped.get(sku, 0) for sku, q in self.lines.items() if q > self.shipped.get(sku, 0)}


class Warehouse:
    def __init__(self):
        self.lots = []
        self.backorders = []
        self.incoming = []
        self.log = []
        self.shipped_units = 0
        self.expired_units = 0

    def stock(self, sku):
        return sum(l.qty for l in self.lots if l.sku == sku)

    def receive(self, lot, day):
        self.lots.append(lot)
        self.log.append(f"d{day}: received {lot}")

    def pick(self, order, day):
        for sku, need in order.remaining().items():
            lots = sorted(l for l in self.lots if l.sku == sku and l.qty > 0)
            for lot in lots:
                if need == 0:
                    break
                take = min(need, lot.qty)
                lot.qty -= take
                need -= take
                order.shipped[sku] = order.shipped.get(sku, 0) + take
                self.shipped_units += take
            self.lots = [l for l in self.lots if l.qty > 0]
        order.status = "complete" if not order.remaining() else "partial"
        self.log.append(f"d{day}: order {order.oid} {order.status} shipped={sorted(order.shipped.items())}")
        if order.status == "partial" and order not in self.backorders:
            self.backorders.append(order)

    def expire(self, day):
        for lot in self.lots:
            if lot.expiry < day:
                self.expired_units += lot.qty
                self.log.append(f"d{day}: discard {lot}")
        self.lots = [l for l in self.lots if l.expiry >= day]

    def reorder(self, day, levels, lead):
        pending = {}
        for d, lot in self.incoming:
            pending[lot.sku] = pending.get(lot.sku, 0) + lot.qty
        for sku, (minimum, batch, shelf) in sorted(levels.items()):
            if self.stock(sku) + pending.get(sku, 0) < minimum:
                self.incoming.append((day + lead[sku], Lot(sku, batch, day + lead[sku] + shelf, f"R{day}")))
                self.log.append(f"d{day}: reorder {batch} x {sku}, arriving d{day + lead[sku]}")

    def run(self, days, orders, levels, lead):
        by_day = {}
        for o in orders:
            by_day.setdefault(o.day, []).append(o)
        for day in range(days):
            arriving = [lot for d, lot in self.incoming if d == day]
            self.incoming = [(d, lot) for d, lot in self.incoming if d != day]
            for lot in arriving:
                self.receive(lot, day)
            self.expire(day)
            for order in list(self.backorders):
                self.pick(order, day)
                if order.status == "complete":
                    self.backorders.remove(order)
            for order in by_day.get(day, []):
                self.pick(order, day)
            self.reorder(day, levels, lead)


w = Warehouse()
for lot in [Lot("apple", 40, 5, "A1"), Lot("apple", 30, 3, "A2"), Lot("pear", 20, 9, "B1"), Lot("fig", 5, 2, "C1")]:
    w.receive(lot, 0)
orders = [Order(1, 0, {"apple": 35, "pear": 5}), Order(2, 1, {"apple": 20, "fig": 10}), Order(3, 2, {"pear": 30}),
          Order(4, 4, {"apple": 30, "fig": 2}), Order(5, 6, {"pear": 10, "apple": 5})]
levels = {"apple": (25, 50, 6), "pear": (10, 25, 10), "fig": (4, 10, 3)}
lead = {"apple": 2, "pear": 3, "fig": 1}
w.run(10, orders, levels, lead)
print("\n".join(w.log))
for o in orders:
    print(o.oid, o.status, o.remaining())
print("stock:", {sku: w.stock(sku) for sku in sorted(levels)}, "shipped", w.shipped_units, "expired", w.expired_units)
print("open backorders:", [o.oid for o in w.backorders], "incoming:", sorted((d, l.sku, l.qty) for d, l in w.incoming))
