# the collector finalizes the objects of a cycle in the order they were created
import gc
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
gc.collect()
c = Node("c")
a = Node("a")
b = Node("b")
a.next = b
b.next = c
c.next = a
del a, b, c
print("collected", gc.collect())
