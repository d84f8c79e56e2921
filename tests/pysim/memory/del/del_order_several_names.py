# del a, b, c releases the names left to right; function locals die in definition order
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a, b, c = N("a"), N("b"), N("c")
del c, a, b
print("--")
def f():
    x = N("x")
    y = N("y")
    z = N("z")
    print("return")
f()
print("--")
def g():
    first = N("first")
    second = N("second")
    first = N("third")
    print("return")
g()
print("end")
