# deleting dict entries releases both the key and the value
import sys
k = tuple([1, "two"])
v = [3]
d = {k: v}
print(sys.getrefcount(k), sys.getrefcount(v))
del d[k]
print(sys.getrefcount(k), sys.getrefcount(v))
d[k] = v
d.popitem()
print(sys.getrefcount(k), sys.getrefcount(v))
d[k] = v
d = {}
print(sys.getrefcount(k), sys.getrefcount(v))
