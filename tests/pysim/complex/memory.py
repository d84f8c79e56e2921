# 32-byte objects, not tracked by the collector, no free list of their own
import sys
print(sys.getsizeof(1j), sys.getsizeof(complex(1, 2)), sys.getsizeof(complex(1e300, -1e300)))
a = complex(1, 2)
ia = id(a)
del a
b = complex(3, 4)
print(id(b) == ia)
x = 1.5 + float(len("ab"))
ix = id(x)
del x
c = complex(5, 6)
print(id(c) == ix)
d = complex(7, 8)
ids = {id(d)}
del d
e = 9 + 10j * len("a")
print(id(e) in ids)
print(sys.getrefcount(complex(1, 1)), sys.getrefcount(e))
