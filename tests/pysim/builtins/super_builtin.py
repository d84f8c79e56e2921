# super() reaches the parent class's methods and attributes from a subclass
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.name} with {self.sides} sides"

class Square(Shape):
    sides = 4
    def __init__(self, size):
        super().__init__("square")
        self.size = size
    def describe(self):
        return super().describe() + f" of size {self.size}"

class Unit(Square):
    def __init__(self):
        super().__init__(1)
    def describe(self):
        return "unit " + super(Square, self).describe()

print(Square(3).describe())
print(Unit().describe(), vars(Unit()))
print(Square.__mro__[1].__name__, issubclass(Unit, Shape), super(Square, Square(2)).sides)
class Broken(Shape):
    def __init__(self):
        super().__init__()
try:
    Broken()
except TypeError as e:
    print(type(e).__name__, e)
