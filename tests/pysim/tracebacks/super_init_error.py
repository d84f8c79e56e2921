# error in a base-class __init__ reached through super().__init__
class Shape:
    def __init__(self, sides):
        if sides < 3:
            raise ValueError(f"a shape needs at least 3 sides, got {sides}")
        self.sides = sides
class Polygon(Shape):
    def __init__(self, sides, name):
        super().__init__(sides)
        self.name = name
print(Polygon(5, "pentagon").name)
Polygon(2, "line")
