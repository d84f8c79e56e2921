# [item] * n stores n references to the same item
import sys
item = []
row = [item] * 3
print(sys.getrefcount(item))
grid = [row] * 4
print(sys.getrefcount(item), sys.getrefcount(row))
t = (item,) * 5
print(sys.getrefcount(item))
row *= 2
print(sys.getrefcount(item))
del row, t
print(sys.getrefcount(item))
