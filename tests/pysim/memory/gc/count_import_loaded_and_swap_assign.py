# `import sys` finds sys already loaded (nothing allocated), and `a, b = x, y`
# makes no tuple (CPython swaps the values): neither moves gc.get_count()
import gc
gc.collect()
c0 = gc.get_count()
a = [1]
c1 = gc.get_count()
d = {'k': 1}
c2 = gc.get_count()
ia, id_ = id(a), id(d)
c3 = gc.get_count()
del a, d
c4 = gc.get_count()
import sys
c5 = gc.get_count()
import sys
c6 = gc.get_count()
print(c0, c1, c2, c3, c4, c5, c6)
