# a teaching-style class: validation, history list, transfers between objects
class InsufficientFunds(Exception):
    pass
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
a, b = Account("ann", 100), Account("bob")
a.transfer(b, 30)
print(a, b, a.history, b.history)
for bad in [lambda: b.withdraw(500), lambda: a.deposit(-5)]:
    try:
        bad()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
a.interest = 0.05
print(a.interest, b.interest, Account.interest)
