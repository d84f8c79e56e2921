# functions, lambdas, bound methods and classes have fixed sizes
import sys
def f(a, b=2):
    return a + b
class A:
    def m(self):
        pass
class B(A):
    pass
a = A()
print(sys.getsizeof(f), sys.getsizeof(lambda: 0), sys.getsizeof(a.m))
print(sys.getsizeof(A), sys.getsizeof(B), sys.getsizeof(a))
