# an uncaught user-defined exception prints its class name without module prefix
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed
def pay(balance, cost):
    if cost > balance:
        raise InsufficientFunds(cost - balance)
    return balance - cost
print(pay(10, 3))
pay(10, 30)
