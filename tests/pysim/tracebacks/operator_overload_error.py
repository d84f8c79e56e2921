# error raised inside __add__ of a user class
class Vector:
    def __init__(self, *xs):
        self.xs = xs
    def __add__(self, other):
        if len(self.xs) != len(other.xs):
            raise ValueError("dimension mismatch")
        return Vector(*[a + b for a, b in zip(self.xs, other.xs)])
v = Vector(1, 2) + Vector(3, 4)
print(v.xs)
w = Vector(1, 2) + Vector(1, 2, 3)
