# Instances keep their attributes; the class keeps what they share.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1.5, -2.0)
q = p
q.x = 10.0
r = Point(p.x, 0.0)
print(p.x, r.x, Point.dims)
