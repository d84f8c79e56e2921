# properties computed on each access, cached values and a read-only property delete
class Circle:
    def __init__(self, r):
        self.r = r
        self._area = None
    @property
    def diameter(self):
        print("computing diameter")
        return 2 * self.r
    @property
    def area(self):
        if self._area is None:
            print("computing area")
            self._area = 3 * self.r ** 2
        return self._area
c = Circle(2)
print(c.diameter, c.diameter)
print(c.area, c.area)
c.r = 10
print(c.diameter, c.area)
try:
    del c.area
except AttributeError as e:
    print(e)
