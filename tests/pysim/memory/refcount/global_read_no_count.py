# reading a global inside a function does not add a reference; binding it to a local does
import sys
g = [1]
def read():
    return sys.getrefcount(g)
def bind():
    local = g
    return sys.getrefcount(g)
def param(x):
    return sys.getrefcount(g)
print(sys.getrefcount(g), read(), bind(), param(g))
def recurse(n, obj):
    if n == 0:
        return sys.getrefcount(obj)
    return recurse(n - 1, obj)
print(recurse(3, g))
