# instances referring to each other form a cycle; their attribute storage is not counted separately
import gc
class Node:
    pass
gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(gc.collect())
c = Node()
c.me = c
del c
print(gc.collect())
x = Node()
x.items = [x]
del x
print(gc.collect())
