# functions, classes and modules are objects too: names can alias them, def makes a new one
import math
import math as m
from math import sqrt
def f():
    return 1
g = f
print(g is f, g.__name__)
old = f
def f():
    return 2
print(f is old, old(), f())
class A:
    def method(self):
        pass
a = A()
print(type(a) is A, a.__class__ is A, A.method is A.__dict__["method"])
print(m is math, sqrt is math.sqrt, type(math).__name__)
