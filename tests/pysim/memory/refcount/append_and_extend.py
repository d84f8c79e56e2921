# append, insert and extend add references; the list owns its items
import sys
x = {}
lst = []
lst.append(x)
print(sys.getrefcount(x))
lst.insert(0, x)
print(sys.getrefcount(x))
lst.extend([x, x])
print(sys.getrefcount(x))
lst += (x,)
print(sys.getrefcount(x), len(lst))
copy = lst[:]
print(sys.getrefcount(x))
del copy
lst[0] = None
print(sys.getrefcount(x))
