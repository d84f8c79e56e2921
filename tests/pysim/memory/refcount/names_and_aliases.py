# each name bound to an object adds one reference; getrefcount's own argument adds one more
import sys
x = [1, 2]
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
z = y
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
z = None
print(sys.getrefcount(x))
x2 = x
x = 0
print(sys.getrefcount(x2))
