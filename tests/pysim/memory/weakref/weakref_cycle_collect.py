# an object in a cycle is only freed, and its weakref cleared, when the collector runs
import gc, weakref
class Node:
    pass
gc.collect()
n = Node()
n.self = n
r = weakref.ref(n, lambda ref: print("callback during collection"))
del n
print("name deleted, alive:", r() is not None)
print("collected", gc.collect())
print("alive:", r() is not None)
