# once an instance's __dict__ has been asked for it is a separate object the collector counts
import gc
class Node:
    pass
gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
print(len(a.__dict__))
del a, b
print(gc.collect())
c = Node()
d = Node()
c.other = d
d.other = c
c.__dict__
d.__dict__
del c, d
print(gc.collect())
