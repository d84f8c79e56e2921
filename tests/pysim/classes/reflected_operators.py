# __radd__ and friends are tried when the left operand returns NotImplemented
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd with", other)
        return self.__add__(other)
    def __rsub__(self, other):
        return Meters(other - self.v)
    def __rtruediv__(self, other):
        return Meters(other / self.v)
    def __repr__(self):
        return f"{self.v}m"
print(Meters(2) + 3, 3 + Meters(2))
print(sum([Meters(1), Meters(2), Meters(3)]))
print(10 - Meters(4), 1 / Meters(4))
try:
    print("x" + Meters(1))
except TypeError as e:
    print("TypeError:", e)
try:
    Meters(1) - 1
except TypeError as e:
    print("TypeError:", e)
