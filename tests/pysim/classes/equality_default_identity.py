# without __eq__, == compares identity; != follows __eq__
class Box:
    def __init__(self, v):
        self.v = v
a = Box(1)
b = Box(1)
c = a
print(a == b, a == c, a != b, a is c)
print(a in [b], a in [c], [a] == [c], [a] == [b])
class ValueBox(Box):
    def __eq__(self, other):
        return self.v == other.v
print(ValueBox(1) == ValueBox(1), ValueBox(1) != ValueBox(2))
print(ValueBox(1) in [ValueBox(0), ValueBox(1)])
lst = [ValueBox(5)]
print(lst.count(ValueBox(5)), lst.index(ValueBox(5)))
