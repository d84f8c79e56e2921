# objects with __del__ in a cycle are finalized by the collector, then freed
import gc
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
gc.collect()
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("names deleted")
n = gc.collect()
print("collected", n)
print(gc.garbage)
