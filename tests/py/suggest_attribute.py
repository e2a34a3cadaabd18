# AttributeError suggestions from dir() of the object.
class Account:
    def __init__(self):
        self.balance = 10
        self.owner = "ann"

    def deposit(self, amount):
        self.balance += amount

acct = Account()
acct.deposit(5)
print(acct.balance)
acct.deposti(3)
