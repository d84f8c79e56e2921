# two inner functions share one captured variable
def account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def get():
        return balance
    return deposit, get
dep, get = account(10)
dep(5)
dep(20)
print(get())
dep2, get2 = account(0)
print(get2(), get())
def outer():
    value = [0]
    def inc():
        value[0] += 1
    def read():
        return value[0]
    inc(); inc()
    return read()
print(outer())
print(dep.__name__, get.__name__, dep.__qualname__)
