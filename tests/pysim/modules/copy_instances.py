# copying instances of a user class: shallow copies share attribute objects
import copy

class Player:
    def __init__(self, name, items):
        self.name = name
        self.items = items
    def __repr__(self):
        return f"Player({self.name!r}, {self.items})"

p = Player("ann", ["sword"])
q = copy.copy(p)
r = copy.deepcopy(p)
print(p, q, r, q is p, type(q).__name__)
print(q.items is p.items, r.items is p.items, q.name is p.name, q == p)
q.name = "bob"
q.items.append("shield")
r.items.append("bow")
print(p, q, r)
print(vars(p), vars(q))
