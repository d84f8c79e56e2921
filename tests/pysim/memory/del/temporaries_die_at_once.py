# an object never bound to a name dies as soon as the expression is done with it
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def value(self):
        return self.n
T(1)
print("after statement")
print(T(2).value())
print("after print")
total = T(3).value() + T(4).value()
print("total", total)
