# a cycle that is still reachable from a name is not garbage; it is collected once unreachable
import gc
gc.collect()
a = []
b = [a]
a.append(b)
print(gc.collect())
keep = a
del a, b
print(gc.collect())
del keep
print(gc.collect())
