# A class is referred to by its name, its __mro__, and the descriptors in
# its own __dict__ (__dict__, __weakref__, one per __slots__ name); each
# instance adds one.
import sys


class A:
    pass


print(sys.getrefcount(A))
a = A()
b = A()
print(sys.getrefcount(A))


class B(A):
    pass


print(sys.getrefcount(A), sys.getrefcount(B))


class S:
    __slots__ = ("x", "y")


print(sys.getrefcount(S))


class E(Exception):
    pass


print(sys.getrefcount(E))
del a, b
print(sys.getrefcount(A))
