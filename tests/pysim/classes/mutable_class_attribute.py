# a mutable class attribute is shared by every instance
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
class SafeBag:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
b1, b2 = Bag(), Bag()
b1.add("apple")
b2.add("pear")
print(b1.items, b2.items, Bag.items, b1.items is b2.items)
s1, s2 = SafeBag(), SafeBag()
s1.add("apple")
s2.add("pear")
print(s1.items, s2.items, s1.items is s2.items)
b1.items = ["own"]
print(b1.items, b2.items)
