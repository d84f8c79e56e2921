# strings made at run time are ordinary counted objects (unlike interned literals)
import sys
a = "".join(["run", "time"])
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = a + ""
print(c is a, sys.getrefcount(a))
d = a * 2
print(sys.getrefcount(d))
e = str(12345)
print(sys.getrefcount(e), sys.getrefcount("runtime"))
