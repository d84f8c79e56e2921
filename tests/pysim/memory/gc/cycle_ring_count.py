# the number returned by gc.collect() is the number of unreachable objects in the cycles
import gc
gc.collect()
ring = [[] for _ in range(10)]
for i in range(10):
    ring[i].append(ring[(i + 1) % 10])
del ring
print(gc.collect())
pairs = []
for i in range(3):
    p = []
    q = [p]
    p.append(q)
    pairs.append(p)
del p, q
print(gc.collect())
pairs.clear()
print(gc.collect())
