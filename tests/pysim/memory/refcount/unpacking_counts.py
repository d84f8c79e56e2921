# unpacking a container binds new names to the same objects
import sys
obj = object()
pair = (obj, obj)
print(sys.getrefcount(obj))
a, b = pair
print(sys.getrefcount(obj))
del pair
print(sys.getrefcount(obj))
*many, = [obj] * 3
print(sys.getrefcount(obj))
def f(*args):
    return sys.getrefcount(obj)
print(f(obj, obj))
def g(**kw):
    return sys.getrefcount(obj)
print(g(x=obj))
