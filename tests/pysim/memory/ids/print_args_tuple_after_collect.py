# print(x) packs its arguments into a tuple.  A full collection empties the
# tuple free lists, so the next print takes a new block of the tuple's size
# -- here the block of an instance freed just before.
import gc


class A:
    pass


gc.collect()
a = A()
i = id(a)
del a
print("deleted")
b = A()
print(id(b) == i)
# the tuple went back to its free list: now print takes nothing
c = A()
k = id(c)
del c
print("deleted again")
d = A()
print(id(d) == k)
