# removing items from a list releases its references to them
import sys
a = [0]
lst = [a, a, a]
print(sys.getrefcount(a))
del lst[0]
print(sys.getrefcount(a))
lst.pop()
print(sys.getrefcount(a))
lst.remove(a)
print(sys.getrefcount(a), lst)
lst = [a] * 5
print(sys.getrefcount(a))
lst[1:4] = []
print(sys.getrefcount(a))
lst.clear()
print(sys.getrefcount(a))
