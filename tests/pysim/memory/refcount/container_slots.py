# every container slot holding an object is one reference: list items, tuple items, dict values
import sys
obj = []
print(sys.getrefcount(obj))
lst = [obj, obj]
print(sys.getrefcount(obj))
tup = (obj,)
print(sys.getrefcount(obj))
d = {"a": obj, "b": obj}
print(sys.getrefcount(obj))
s = {1: [obj]}
print(sys.getrefcount(obj))
del lst
print(sys.getrefcount(obj))
d.clear()
print(sys.getrefcount(obj))
