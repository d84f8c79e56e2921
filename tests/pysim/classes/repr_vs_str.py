# __str__ is used by print and str(); __repr__ by repr(), containers and !r
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, 2)
print(p)
print(str(p), repr(p))
print([p, p], (p,), {"k": p})
print(f"{p} {p!r} {p!s}")
print(f"{p=}")
print("%s %r" % (p, p))
print("{} {!r}".format(p, p))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
o = OnlyRepr()
print(o, str(o), [o], f"{o}")
