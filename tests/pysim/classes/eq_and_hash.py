# __eq__ with __hash__ lets equal instances collapse in sets and dict keys
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"
c1 = Card(10, "h")
c2 = Card(10, "h")
c3 = Card(2, "s")
print(c1 == c2, c1 is c2, c1 == c3, c1 == "10h")
print(len({c1, c2, c3}))
d = {c1: "first"}
d[c2] = "second"
print(d)
print(c2 in d, Card(2, "s") in [c3], hash(c1) == hash(c2))
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(e)
