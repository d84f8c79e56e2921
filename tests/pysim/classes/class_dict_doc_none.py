# A class without a docstring gets __doc__ = None in its own __dict__,
# after __dict__ and __weakref__ (and before __hash__ = None).
import sys
class A:
    def __eq__(s, o): return True
print(list(A.__dict__))
class B:
    "doc"
    __slots__ = ('x',)
print(list(B.__dict__))
class C(A): pass
print(list(C.__dict__), C.__doc__)
class D(int): pass
print(list(D.__dict__), sys.getsizeof(D))
class E:
    __slots__ = ()
print(list(E.__dict__))
class F:
    a = 1; b = 2; c = 3
print(len(F.__dict__), sys.getsizeof(F))
print(A.__doc__, B.__doc__, vars(C)['__doc__'])
