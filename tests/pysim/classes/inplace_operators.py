# __iadd__ mutates in place and keeps identity; without it += falls back to __add__
class Stack:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, more):
        self.items.extend(more)
        return self
    def __repr__(self):
        return f"Stack({self.items})"
class Frozen:
    def __init__(self, items):
        self.items = tuple(items)
    def __add__(self, more):
        return Frozen(self.items + tuple(more))
    def __repr__(self):
        return f"Frozen({self.items})"
s = Stack([1])
alias = s
s += [2, 3]
print(s, alias, s is alias)
f = Frozen([1])
falias = f
f += [2, 3]
print(f, falias, f is falias)
class Bad:
    def __iadd__(self, other):
        self.seen = other
b = Bad()
b += 5
print(b)
class Counter:
    def __init__(self):
        self.n = 0
    def __imul__(self, k):
        self.n = (self.n or 1) * k
        return self
c = Counter()
c *= 3
c *= 4
print(c.n)
