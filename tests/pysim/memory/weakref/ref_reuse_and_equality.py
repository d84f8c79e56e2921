# weakref.ref without a callback is reused for the same object; refs to equal objects compare equal
import weakref
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    __hash__ = None
a = P(1)
b = P(1)
ra = weakref.ref(a)
print(weakref.ref(a) is ra, ra == weakref.ref(b), ra is weakref.ref(b))
del b
print(ra == weakref.ref(a))
