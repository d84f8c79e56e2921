# 3.12 keeps freed tuples of 1..20 items on free lists, but hands out only
# lengths 1..19: a freed 20-tuple's block is not reused until a full
# collection empties the free lists.
import gc
for n in (19, 20, 21):
    t = tuple(range(n))
    a = id(t)
    del t
    u = tuple(range(100, 100 + n))
    print(n, 'items: reused', id(u) == a)
    del u
t = tuple(range(20))
a = id(t)
del t
gc.collect()
u = tuple(range(50, 70))
print('after gc.collect():', id(u) == a)
