# Two small simulations with class hierarchies and custom exceptions: a
# vending machine state machine (coins, selection, change-making with a
# limited coin inventory, refunds, sold-out and exact-change states) and a
# parking garage with vehicle types, spot sizes, fees by duration and an
# event log.
class VendingError(Exception):
    pass


class SoldOut(VendingError):
    pass


class NoChange(VendingError):
    pass


class Machine:
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self, stock, coins):
        self.stock = dict(stock)  # name -> [price, count]
        self.coins = dict(coins)
        self.inserted = []
        self.state = "idle"
        self.sales = 0

    def insert(self, coin):
        if coin not in self.COINS:
            raise VendingError(f"rejected coin {coin}")
        self.inserted.append(coin)
        self.state = "has_money"
        return sum(self.inserted)

    def make_change(self, amount):
        plan, left = {}, amount
        for c in self.COINS:
            take = min(left // c, self.coins.get(c, 0))
            if take:
                plan[c] = take
                left -= take * c
        if left:
            raise NoChange(f"cannot return {amount}")
        return plan

    def select(self, name):
        if name not in self.stock:
            raise VendingError(f"unknown product {name!r}")
        price, count = self.stock[name]
        if count == 0:
            raise SoldOut(name)
        paid = sum(self.inserted)
        if paid < price:
            raise VendingError(f"{name} costs {price}, inserted {paid}")
        for c in self.inserted:
            self.coins[c] = self.coins.get(c, 0) + 1
        try:
            change = self.make_change(paid - price)
        except NoChange:
            for c in self.inserted:
                self.coins[c] -= 1
            raise
        for c, n in change.items():
            self.coins[c] -= n
        self.stock[name][1] -= 1
        self.inserted.clear()
        self.state = "idle"
        self.sales += price
        return name, change

    def refund(self):
        out, self.inserted = self.inserted, []
        self.state = "idle"
        return out


m = Machine({"cola": [150, 2], "chips": [95, 1], "gum": [35, 5]}, {100: 1, 50: 0, 20: 1, 10: 1, 5: 1})
script = [("insert", 200), ("select", "cola"), ("insert", 100), ("insert", 3), ("select", "chips"), ("insert", 50),
          ("select", "chips"), ("select", "chips"), ("refund",), ("insert", 20), ("insert", 20), ("select", "gum"),
          ("insert", 200), ("select", "cola"), ("insert", 100), ("insert", 50), ("select", "cola"), ("select", "tea"),
          ("refund",)]
for step in script:
    try:
        result = getattr(m, step[0])(*step[1:])
        print(f"{step!s:<22} -> {result} [{m.state}]")
    except VendingError as e:
        print(f"{step!s:<22} !! {type(e).__name__}: {e} [{m.state}]")
print("sales", m.sales, "coins", dict(sorted(m.coins.items())), "stock", m.stock)


class Vehicle:
    size = 1
    rate = 200

    def __init__(self, plate):
        self.plate = plate

    def __repr__(self):
        return f"{type(self).__name__}({self.plate})"


class Motorbike(Vehicle):
    size, rate = 0, 100


class Car(Vehicle):
    pass


class Van(Car):
    size, rate = 2, 350


class GarageFull(Exception):
    pass


class Garage:
    def __init__(self, spots):
        self.spots = {i: (size, None) for i, size in enumerate(spots)}
        self.log = []
        self.revenue = 0

    def park(self, v, t):
        free = sorted((size, i) for i, (size, who) in self.spots.items() if who is None and size >= v.size)
        if not free:
            raise GarageFull(f"no spot for {v!r} at t={t}")
        size, i = free[0]
        self.spots[i] = (size, (v, t))
        self.log.append(f"t={t:>3} park {v!r} spot {i}")
        return i

    def leave(self, plate, t):
        for i, (size, who) in self.spots.items():
            if who and who[0].plate == plate:
                v, since = who
                hours = max(1, -(-(t - since) // 60))
                fee = hours * v.rate
                self.revenue += fee
                self.spots[i] = (size, None)
                self.log.append(f"t={t:>3} leave {v!r} after {t - since}min fee {fee}")
                return fee
        raise KeyError(plate)


g = Garage([0, 1, 1, 2, 1])
events = [(0, "park", Car("C1")), (5, "park", Van("V1")), (9, "park", Motorbike("M1")), (12, "park", Motorbike("M2")),
          (20, "park", Van("V2")), (30, "park", Car("C2")), (61, "leave", "C1"), (62, "park", Van("V3")),
          (130, "leave", "V1"), (131, "park", Van("V3")), (200, "leave", "M2"), (201, "leave", "XX"),
          (240, "leave", "V3"), (241, "leave", "M1")]
for t, action, arg in events:
    try:
        if action == "park":
            g.park(arg, t)
        else:
            g.leave(arg, t)
    except GarageFull as e:
        g.log.append(f"t={t:>3} FULL: {e}")
    except KeyError as e:
        g.log.append(f"t={t:>3} unknown plate {e}")
print("\n".join(g.log))
print("revenue", g.revenue, "occupied", sorted(repr(w[0]) for s, w in g.spots.values() if w))
