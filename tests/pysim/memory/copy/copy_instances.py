# copying an instance makes a new instance; deepcopy also copies the attributes' objects
import copy
class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags
p = Point(1000, ["a"])
c = copy.copy(p)
d = copy.deepcopy(p)
print(c is p, type(c).__name__, c.x is p.x, c.tags is p.tags)
print(d is p, d.x is p.x, d.tags is p.tags, d.tags == p.tags)
p.tags.append("b")
print(c.tags, d.tags)
print(vars(c) is vars(p), vars(c) == vars(p))
