# import forms: import, import as, from-import, from-import as
import math
import math as m
from math import sqrt, pi
from math import floor as fl
import sys, copy
print(math.sqrt(16), m.sqrt(16), sqrt(16), fl(2.7))
print(m is math, sqrt is math.sqrt, pi == math.pi)
print(type(math).__name__, math.__name__, m.__name__)
print(round(pi, 5), math.floor(-2.5), math.ceil(-2.5), math.gcd(12, 18))
print(copy.copy([1, 2]), sys.maxsize > 2 ** 31)
def local_import():
    import math as inner
    return inner.factorial(5)
print(local_import(), "inner" in globals())
