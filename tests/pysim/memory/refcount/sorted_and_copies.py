# sorted(), list(), slices and copy.copy make new lists that reference the same items
import sys, copy
x = [5]
y = [1]
lst = [x, y]
print(sys.getrefcount(x))
s = sorted(lst)
print(sys.getrefcount(x))
l2 = list(lst)
l3 = lst[:]
l4 = copy.copy(lst)
print(sys.getrefcount(x))
deep = copy.deepcopy(lst)
print(sys.getrefcount(x), deep[0] is x)
del s, l2, l3, l4, deep
print(sys.getrefcount(x))
