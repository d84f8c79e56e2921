# inside a method, self is one more reference to the instance; in __init__ the maker holds one too
import sys
class A:
    def __init__(self):
        print("in __init__", sys.getrefcount(self))
    def count(self):
        return sys.getrefcount(self)
    def count_via(self):
        return self.count()
a = A()
print(sys.getrefcount(a), a.count(), a.count_via())
b = a
print(a.count())
print(A().count())
m = a.count
print(sys.getrefcount(a), m())
