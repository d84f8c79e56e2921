# set members and dict keys hold one reference each; re-adding an equal key keeps the first
import sys
k = tuple([1, "k"])
s = {k}
print(sys.getrefcount(k))
s.add(k)
print(sys.getrefcount(k))
d = {k: 1}
print(sys.getrefcount(k))
k2 = tuple([1, "k"])
d[k2] = 2
print(sys.getrefcount(k), sys.getrefcount(k2), len(d))
s.discard(k2)
print(sys.getrefcount(k))
fs = frozenset([k])
print(sys.getrefcount(k))
