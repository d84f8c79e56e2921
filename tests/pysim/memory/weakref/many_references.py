# thousands of objects with weak references: each reference dies with its own object
import weakref, gc
class Node:
    def __init__(self, i):
        self.i = i
nodes = [Node(i) for i in range(5000)]
refs = [weakref.ref(n) for n in nodes]
calls = []
cbrefs = [weakref.ref(n, lambda r, i=i: calls.append(i)) for i, n in enumerate(nodes) if i % 3 == 0]
print(sum(1 for r in refs if r() is not None), weakref.getweakrefcount(nodes[0]), weakref.getweakrefcount(nodes[1]))
del nodes[::2]
print(sum(1 for r in refs if r() is not None), len(calls), calls[:5], calls[-1])
nodes.reverse()
for i in range(0, len(nodes), 7):
    nodes[i] = None
print(sum(1 for r in refs if r() is not None), len(calls))
ring = [Node(i) for i in range(100)]
for a, b in zip(ring, ring[1:] + ring[:1]):
    a.next = b
wr = [weakref.ref(n, lambda r: calls.append("ring")) for n in ring]
del ring, a, b
before = len(calls)
print(gc.collect(), sum(1 for r in wr if r() is not None), len(calls) - before)
nodes.clear()
print(sum(1 for r in refs if r() is not None), len(calls))
