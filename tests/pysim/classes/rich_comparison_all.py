# all six comparison methods, and NotImplemented falling back to the other side
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __le__(self, o):
        return self.cents <= o.cents
    def __gt__(self, o):
        return self.cents > o.cents
    def __ge__(self, o):
        return self.cents >= o.cents
a, b = Money(100), Money(250)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a == Money(100), a != Money(100))
class Weird:
    def __eq__(self, other):
        print("Weird.__eq__ called")
        return NotImplemented
print(Weird() == 5)
print(5 == Weird())
w = Weird()
print(w == w)
try:
    Weird() < Weird()
except TypeError as e:
    print(e)
