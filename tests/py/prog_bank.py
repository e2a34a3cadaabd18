# A bank simulation with a class hierarchy: accounts with overdraft rules
# and interest, a ledger of transactions, custom exceptions carrying data,
# transfers that roll back on failure, monthly processing through
# polymorphic methods, and a statement printer.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.number}: cannot withdraw {amount / 100:.2f}, balance {account.balance / 100:.2f}")
        self.account = account.number
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Account:
    kind = "basic"
    _next = 1000

    def __init__(self, owner, opening=0):
        Account._next += 1
        self.number = f"{self.kind[:3].upper()}-{Account._next}"
        self.owner = owner
        self.balance = 0
        self.frozen = False
        self.history = []
        if opening:
            self.deposit(opening, "opening")

    def _record(self, what, amount):
        self.history.append((what, amount, self.balance))

    def available(self):
        return self.balance

    def deposit(self, amount, what="deposit"):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        if self.frozen:
            raise AccountFrozen(self.number)
        self.balance += amount
        self._record(what, amount)

    def withdraw(self, amount, what="withdrawal"):
        if self.frozen:
            raise AccountFrozen(self.number)
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self._record(what, -amount)

    def month_end(self):
        pass

    def __repr__(self):
        return f"<{type(self).__name__} {self.number} {self.owner} {self.balance / 100:.2f}>"


class Checking(Account):
    kind = "checking"
    fee = 500

    def __init__(self, owner, opening=0, overdraft=0):
        self.overdraft = overdraft
        super().__init__(owner, opening)

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee
            self._record("overdraft fee", -self.fee)


class Savings(Account):
    kind = "savings"
    rate_per_mille = 15
    max_withdrawals = 2

    def __init__(self, owner, opening=0):
        super().__init__(owner, opening)
        self.withdrawals = 0

    def withdraw(self, amount, what="withdrawal"):
        if self.withdrawals >= self.max_withdrawals:
            raise BankError(f"{self.number}: withdrawal limit reached")
        super().withdraw(amount, what)
        self.withdrawals += 1

    def month_end(self):
        interest = self.balance * self.rate_per_mille // 1000
        if interest:
            self.balance += interest
            self._record("interest", interest)
        self.withdrawals = 0


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        snapshot = (a.balance, len(a.history), b.balance, len(b.history))
        try:
            a.withdraw(amount, f"transfer to {dst}")
            b.deposit(amount, f"transfer from {src}")
        except BankError as e:
            a.balance, b.balance = snapshot[0], snapshot[2]
            del a.history[snapshot[1]:], b.history[snapshot[3]:]
            self.log.append(f"FAILED {src}->{dst} {amount / 100:.2f}: {e}")
            return False
        self.log.append(f"ok {src}->{dst} {amount / 100:.2f}")
        return True

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank("First Python")
alice = bank.open(Checking, "alice", 50000, overdraft=20000)
bob = bank.open(Savings, "bob", 100000)
carol = bank.open(Account, "carol")
print(alice, bob, carol, sep="\n")
bank.transfer(alice.number, bob.number, 60000)
bank.transfer(alice.number, carol.number, 15000)
bank.transfer(bob.number, carol.number, 1000)
bank.transfer(bob.number, carol.number, 1000)
bank.transfer(bob.number, carol.number, 1000)
carol.frozen = True
bank.transfer(bob.number, carol.number, 500)
carol.frozen = False
try:
    carol.withdraw(10 ** 9)
except InsufficientFunds as e:
    print("InsufficientFunds:", e, e.account, e.amount)
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for month in range(1, 4):
    bank.month_end()
    print(f"month {month}: total {bank.total() / 100:.2f}")
print(*bank.log, sep="\n")
for acct in bank.accounts.values():
    print(acct)
    for what, amount, balance in acct.history:
        print(f"    {what:28} {amount / 100:>10.2f} {balance / 100:>10.2f}")
print(sorted(bank.accounts, key=lambda n: bank.accounts[n].balance))
print(issubclass(InsufficientFunds, BankError), isinstance(bob, Account), Savings.__mro__[1].__name__)
