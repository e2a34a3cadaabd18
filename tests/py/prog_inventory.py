# An inventory simulation with dicts of lists, tuple records, class-based
# stock items, orders processed in rounds, and per-category reports.
class Item:
    def __init__(self, sku, name, category, price, stock):
        self.sku, self.name, self.category, self.price, self.stock = sku, name, category, price, stock
        self.history = []

    def __repr__(self):
        return f"Item({self.sku}, {self.name}, stock={self.stock})"

    def take(self, qty, day):
        if qty > self.stock:
            raise ValueError(f"only {self.stock} of {self.name} left")
        self.stock -= qty
        self.history.append((day, -qty))
        return qty * self.price

    def restock(self, qty, day):
        self.stock += qty
        self.history.append((day, qty))


class Ledger(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]


catalog = {}
for sku, name, cat, price, stock in [
        (101, "bolt", "hardware", 0.25, 500), (102, "nut", "hardware", 0.1, 800), (103, "hammer", "tools", 12.5, 20),
        (104, "saw", "tools", 24.0, 8), (105, "glue", "supplies", 3.75, 40), (106, "tape", "supplies", 2.5, 60),
        (107, "drill", "tools", 89.99, 3), (108, "washer", "hardware", 0.05, 1000)]:
    catalog[sku] = Item(sku, name, cat, price, stock)

by_category = {}
for item in catalog.values():
    by_category.setdefault(item.category, []).append(item.sku)
print(by_category)

orders = [
    (1, "acme", [(101, 100), (102, 100), (108, 200)]), (1, "bob", [(103, 2), (105, 5)]),
    (2, "acme", [(101, 300), (104, 3)]), (2, "carol", [(107, 2), (106, 10)]), (3, "bob", [(107, 2), (103, 1)]),
    (3, "dave", [(101, 150), (102, 50)]), (4, "acme", [(104, 6), (105, 10)]), (4, "carol", [(108, 900), (102, 10)]),
]
revenue = Ledger()
failures = Ledger()
restock_rules = {"tools": 5, "hardware": 200, "supplies": 20}
for day, customer, lines in orders:
    total = 0
    for sku, qty in lines:
        item = catalog[sku]
        try:
            total += item.take(qty, day)
        except ValueError as e:
            failures[customer].append((day, str(e)))
    revenue[customer].append(round(total, 2))
    for item in catalog.values():
        threshold = restock_rules[item.category]
        if item.stock < threshold // 2:
            item.restock(threshold * 2, day)

for customer in sorted(revenue):
    print(customer, revenue[customer], round(sum(revenue[customer]), 2), failures.get(customer, []))
print({sku: item.stock for sku, item in catalog.items()})
print(sorted(((item.name, len(item.history)) for item in catalog.values()), key=lambda p: (-p[1], p[0])))
report = {}
for cat, skus in sorted(by_category.items()):
    items = [catalog[s] for s in skus]
    value = sum(i.stock * i.price for i in items)
    moved = sum(-q for i in items for _, q in i.history if q < 0)
    report[cat] = (round(value, 2), moved, max(items, key=lambda i: i.stock).name)
print(report)
daily = {}
for item in catalog.values():
    for day, q in item.history:
        daily.setdefault(day, {}).setdefault(item.category, 0)
        daily[day][item.category] += q
for day in sorted(daily):
    print(day, sorted(daily[day].items()))
low = [item for item in catalog.values() if item.stock < 10]
print(low, len(failures), dict(failures))
snapshot = dict.fromkeys(catalog, 0)
snapshot.update((sku, item.stock) for sku, item in catalog.items() if item.stock > 100)
print(snapshot, list(snapshot.keys() - {101, 102}), sum(snapshot.values()))
