# removing an object from a list kills it when the list held the only reference
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
items = [Item(0), Item(1), Item(2)]
items.pop()
print("popped")
got = items.pop(0)
print("popped into a name")
del items[0]
print("deleted slot", items)
got = None
print("end")
