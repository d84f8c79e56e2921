# while __del__ runs the dying object is revived with one reference (plus self and the argument)
import sys
class A:
    def __del__(self):
        print("in __del__", sys.getrefcount(self))
a = A()
print(sys.getrefcount(a))
del a
print("after")
lst = [A()]
lst.pop()
print("end")
