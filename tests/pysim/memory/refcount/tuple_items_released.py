# when a tuple dies it releases each item it held
import sys
x = []
t = (x, x, x)
print(sys.getrefcount(x))
u = t
del t
print(sys.getrefcount(x))
del u
print(sys.getrefcount(x))
pairs = [(x, i) for i in range(4)]
print(sys.getrefcount(x))
pairs = pairs[:1]
print(sys.getrefcount(x))
