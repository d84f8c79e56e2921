# sets own one reference to each item; every operation keeps the counts exact
import sys
x = [0] * 0 or "item-" + str(1)
y = "item-" + str(2)
base = sys.getrefcount(x)
s = {x, y}
print(sys.getrefcount(x) - base)
t = s.copy()
u = s | t
v = s & t
w = frozenset(s)
print(sys.getrefcount(x) - base)
del t, u, v, w
print(sys.getrefcount(x) - base)
s.discard(x)
print(sys.getrefcount(x) - base)
s.add(x)
p = s.pop()
print(sys.getrefcount(x) - base, sys.getrefcount(y) - base)
del p
s = {x, y}
s.intersection_update({x})
print(sys.getrefcount(x) - base, sys.getrefcount(y) - base, s)
s ^= {x, y}
print(sys.getrefcount(x) - base, sys.getrefcount(y) - base, sorted(s))
s -= {y}
s |= {x}
print(sys.getrefcount(x) - base, sys.getrefcount(y) - base)
s.clear()
print(sys.getrefcount(x) - base, sys.getrefcount(y) - base)
it = iter({x})
print(sys.getrefcount(x) - base)
print(next(it) is x, sys.getrefcount(x) - base)
del it
print(sys.getrefcount(x) - base, sys.getrefcount(s))
big = set(range(1000))
big.add(x)
big.difference_update(range(1000))
print(sys.getrefcount(x) - base, big, sys.getsizeof(big))
del big
print(sys.getrefcount(x) - base)
