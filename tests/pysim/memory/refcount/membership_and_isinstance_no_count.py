# tests like in, ==, isinstance and len leave reference counts unchanged
import sys
x = [1]
lst = [x, [2]]
before = sys.getrefcount(x)
found = x in lst
same = lst[0] == x
kind = isinstance(x, list)
n = len(x)
print(before, sys.getrefcount(x), found, same, kind, n)
