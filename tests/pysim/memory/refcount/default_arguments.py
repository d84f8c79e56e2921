# a default value is held by the function's __defaults__ tuple
import sys
def f(acc=[]):
    return sys.getrefcount(acc)
print(f())
d = f.__defaults__[0]
print(sys.getrefcount(d), f())
def g(a, b=[], *, c={}):
    return sys.getrefcount(b), sys.getrefcount(c)
print(g(1))
marker = []
def h(x=marker, y=marker):
    return sys.getrefcount(x)
print(sys.getrefcount(marker), h())
del h
print(sys.getrefcount(marker))
