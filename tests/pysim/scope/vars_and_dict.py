# vars() and __dict__ of instances, classes and modules
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(vars(p), p.__dict__ is vars(p))
p.z = 3
print(vars(p))
vars(p)["w"] = 4
print(p.w)
print("dims" in vars(Point), "x" in vars(Point), "__init__" in vars(Point))
del p.__dict__["x"]
print(vars(p), hasattr(p, "x"))
import math
print("pi" in vars(math), vars(math)["pi"])
try:
    vars(5)
except TypeError as e:
    print(e)
