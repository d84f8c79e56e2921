# Generation 0's count after a full collection: the tuples print and
# str()/int() pack their arguments into (new blocks once, then from the
# free list), and the dict and list the first container repr makes.
import gc

gc.collect()
c = []
c.append(gc.get_count()[0])
c.append(gc.get_count()[0])
s = str(5)
c.append(gc.get_count()[0])
n = int("7")
c.append(gc.get_count()[0])
r = repr((1, 2))
c.append(gc.get_count()[0])
r = repr([1, 2])
c.append(gc.get_count()[0])
f = float("1.5")
c.append(gc.get_count()[0])
print(c)
print(gc.get_count())
print(gc.get_count())
x = [[] for _ in range(5)]
print(gc.get_count())
