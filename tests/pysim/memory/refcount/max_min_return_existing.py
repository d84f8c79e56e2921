# max, min and next return references to existing objects, never copies
import sys
a = [3]
b = [1]
pair = [a, b]
big = max(pair)
small = min(pair)
print(big is a, small is b, sys.getrefcount(a), sys.getrefcount(b))
first = next(iter(pair))
print(first is a, sys.getrefcount(a))
print(sorted(pair)[0] is b, sys.getrefcount(b))
