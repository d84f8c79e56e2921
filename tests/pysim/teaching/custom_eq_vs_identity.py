# a class with __eq__: equal values are still different objects
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
q = Point(1, 2)
r = p
print(p == q, p is q, p is r, p != q, p in [q], [p] == [q])
q.x = 5
print(p, q, r, p == q)
try:
    {p}
except TypeError as e:
    print("TypeError:", e)
