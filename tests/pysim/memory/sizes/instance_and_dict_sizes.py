# a plain instance is 48 bytes; its __dict__ only exists as an object once asked for
import sys
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(sys.getsizeof(p), sys.getsizeof(p.__dict__))
q = Point(3, 4)
print(sys.getsizeof(q), sys.getsizeof(q.__dict__), sys.getsizeof(p.__dict__))
q.z = 5
print(sys.getsizeof(q), sys.getsizeof(q.__dict__))
print(sys.getsizeof({"x": 1, "y": 2}))
