# a bound method object keeps a reference to its instance
import sys
class A:
    def f(self):
        pass
a = A()
print(sys.getrefcount(a))
m = a.f
print(sys.getrefcount(a), m.__self__ is a)
m2 = a.f
print(sys.getrefcount(a))
del m, m2
print(sys.getrefcount(a))
methods = [a.f for _ in range(3)]
print(sys.getrefcount(a))
