# instances, attributes and method calls
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx):
        return Point(self.x + dx, self.y)
p = Point(0, 0)
for _ in range(200_000):
    p = p.moved(1)
print(p.x, p.y)
