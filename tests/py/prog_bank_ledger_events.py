# Event-sourced accounts: commands validated against the current state emit
# events; state is rebuilt by replaying events; snapshots, an audit of
# rejected commands, interest accrual with integer cents and banker's
# rounding, and a class hierarchy of account types with overdraft rules.
class DomainError(Exception):
    pass


class InsufficientFunds(DomainError):
    def __init__(self, account, needed, available):
        super().__init__(f"{account}: needs {needed / 100:.2f}, has {available / 100:.2f}")
        self.needed, self.available = needed, available


class AccountFrozen(DomainError):
    pass


class Event:
    __slots__ = ("seq", "kind", "account", "amount", "meta")

    def __init__(self, seq, kind, account, amount=0, meta=None):
        self.seq, self.kind, self.account, self.amount, self.meta = seq, kind, account, amount, meta or {}

    def __repr__(self):
        extra = f" {self.meta}" if self.meta else ""
        return f"#{self.seq} {self.kind}({self.account}, {self.amount}){extra}"


class Account:
    overdraft = 0
    rate_bp = 0  # interest in basis points per period

    def __init__(self, name):
        self.name = name
        self.balance = 0
        self.frozen = False

    def apply(self, e):
        handler = getattr(self, "on_" + e.kind)
        handler(e)

    def on_opened(self, e):
        pass

    def on_deposited(self, e):
        self.balance += e.amount

    def on_withdrew(self, e):
        self.balance -= e.amount

    def on_frozen(self, e):
        self.frozen = True

    def on_interest(self, e):
        self.balance += e.amount

    def can_withdraw(self, amount):
        return self.balance + self.overdraft >= amount

    def interest(self):
        if self.balance <= 0:
            return 0
        return round(self.balance * self.rate_bp / 10000)


class Checking(Account):
    overdraft = 50_00


class Savings(Account):
    rate_bp = 125


class Student(Checking):
    overdraft = 10_00
    rate_bp = 10


KINDS = {"checking": Checking, "savings": Savings, "student": Student}


class Bank:
    def __init__(self):
        self.events = []
        self.accounts = {}
        self.rejected = []

    def emit(self, kind, account, amount=0, **meta):
        e = Event(len(self.events) + 1, kind, account, amount, meta)
        self.events.append(e)
        self.project(e)
        return e

    def project(self, e):
        if e.kind == "opened":
            self.accounts[e.account] = KINDS[e.meta["type"]](e.account)
        self.accounts[e.account].apply(e)

    def get(self, name):
        try:
            return self.accounts[name]
        except KeyError:
            raise DomainError(f"no account {name!r}") from None

    def execute(self, cmd, *args):
        try:
            getattr(self, "cmd_" + cmd)(*args)
        except DomainError as e:
            self.rejected.append((cmd, args, f"{type(e).__name__}: {e}"))

    def cmd_open(self, name, kind):
        if name in self.accounts:
            raise DomainError(f"account {name!r} exists")
        if kind not in KINDS:
            raise DomainError(f"unknown account type {kind!r}")
        self.emit("opened", name, type=kind)

    def cmd_deposit(self, name, amount):
        acc = self.get(name)
        if amount <= 0:
            raise DomainError("deposit must be positive")
        if acc.frozen:
            raise AccountFrozen(name)
        self.emit("deposited", name, amount)

    def cmd_withdraw(self, name, amount):
        acc = self.get(name)
        if acc.frozen:
            raise AccountFrozen(name)
        if not acc.can_withdraw(amount):
            raise InsufficientFunds(name, amount, acc.balance + acc.overdraft)
        self.emit("withdrew", name, amount)

    def cmd_transfer(self, src, dst, amount):
        a, b = self.get(src), self.get(dst)
        if a.frozen or b.frozen:
            raise AccountFrozen(src if a.frozen else dst)
        if not a.can_withdraw(amount):
            raise InsufficientFunds(src, amount, a.balance + a.overdraft)
        self.emit("withdrew", src, amount, transfer_to=dst)
        self.emit("deposited", dst, amount, transfer_from=src)

    def cmd_freeze(self, name):
        self.get(name)
        self.emit("frozen", name)

    def cmd_accrue(self):
        for name in sorted(self.accounts):
            acc = self.accounts[name]
            amt = acc.interest()
            if amt:
                self.emit("interest", name, amt)

    def replay(self, upto=None):
        fresh = Bank()
        for e in self.events:
            if upto is not None and e.seq > upto:
                break
            fresh.events.append(e)
            fresh.project(e)
        return fresh

    def summary(self):
        return {n: (type(a).__name__, a.balance, a.frozen) for n, a in sorted(self.accounts.items())}


bank = Bank()
script = [("open", "alice", "checking"), ("open", "bob", "savings"), ("open", "carl", "student"),
          ("open", "alice", "savings"), ("open", "dora", "gold"), ("deposit", "alice", 120_00),
          ("deposit", "bob", 1000_00), ("deposit", "carl", 5_00), ("withdraw", "carl", 14_00),
          ("withdraw", "carl", 2_00), ("withdraw", "alice", 160_00), ("withdraw", "alice", 20_00),
          ("transfer", "bob", "alice", 250_55), ("transfer", "carl", "bob", 1), ("deposit", "bob", -5),
          ("deposit", "zed", 5), ("accrue",), ("freeze", "carl"), ("deposit", "carl", 100),
          ("transfer", "alice", "carl", 10), ("accrue",), ("withdraw", "bob", 2000_00)]
for cmd in script:
    bank.execute(*cmd)
for e in bank.events:
    print(e)
print("rejected:")
for r in bank.rejected:
    print("  ", r)
print(bank.summary())
mid = bank.replay(upto=8)
print("replayed to #8:", mid.summary())
print("full replay equal:", bank.replay().summary() == bank.summary())
total = sum(a.balance for a in bank.accounts.values())
print(f"total deposits held: {total / 100:,.2f}")
print([cls.__name__ for cls in Student.__mro__], Student.overdraft, Student.rate_bp)
