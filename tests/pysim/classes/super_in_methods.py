# super() in ordinary methods, __repr__ and classmethods
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def __repr__(self):
        return f"<{self.name} area={self.area()}>"
    @classmethod
    def make(cls):
        return f"made by {cls.__name__}"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return "Rect" + super().__repr__()
    @classmethod
    def make(cls):
        return super().make() + " via Rect"
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
print(Rect(2, 3), Square(4))
print(Rect.make(), Square.make())
print(isinstance(Square(1), Shape), super(Square, Square(2)).area())
