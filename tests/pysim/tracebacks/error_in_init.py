# error inside __init__ while creating an instance
class Rectangle:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.area = w * h
        self.ratio = w / h
r = Rectangle(2, 3)
print(r.area)
line = Rectangle(5, 0)
