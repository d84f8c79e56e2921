# error inside a property getter
class Order:
    def __init__(self, items):
        self.items = items
    @property
    def average(self):
        return sum(self.items) / len(self.items)
print(Order([2, 4]).average)
o = Order([])
print(o.average)
