# A reference cycle outlives its names; only the cycle collector frees it.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print(gc.collect())
loop = []
loop.append(loop)
del loop
print(gc.collect())
