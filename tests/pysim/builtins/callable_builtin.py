# callable(): functions, classes, methods, built-ins and objects with __call__
class Plain:
    pass

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n

add5 = Adder(5)
print(callable(len), callable(print), callable(Plain), callable(Plain()), callable(add5), callable(5))
print(callable(lambda: 1), callable("abc".upper), callable("abc"), callable(None), callable(int), callable([].append))
print(add5(10), Adder(1)(Adder(2)(0)), list(map(add5, [1, 2])))
try:
    Plain()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    label = "text"
    label()
except TypeError as e:
    print(type(e).__name__, e)
