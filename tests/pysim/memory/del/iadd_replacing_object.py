# += on an object whose __add__ returns a new object frees the old one
class Counter:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return Counter(self.n + other)
    def __del__(self):
        print("del counter", self.n)
c = Counter(0)
c += 1
print("now", c.n)
c += 1
print("now", c.n)
c = None
print("end")
