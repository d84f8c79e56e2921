# reference counts held by dicts, views and iterators (sys.getrefcount adds 1 for its argument)
import sys
k, v = tuple(["key", 1]), [3]
d = {k: v}
print(sys.getrefcount(k), sys.getrefcount(v), sys.getrefcount(d))
d[k] = v
d[tuple(["key", 1])] = v
print(sys.getrefcount(k), sys.getrefcount(v))
ks, vs, its = d.keys(), d.values(), d.items()
it = iter(d.items())
print(sys.getrefcount(d), sys.getrefcount(k), sys.getrefcount(v))
pair = next(it)
print(sys.getrefcount(pair), sys.getrefcount(k), sys.getrefcount(v), pair[0] is k)
del ks, vs, its, it, pair
print(sys.getrefcount(d), sys.getrefcount(k), sys.getrefcount(v))
c = d.copy()
e = dict(d)
f = {**d}
g = d | {}
print(sys.getrefcount(k), sys.getrefcount(v))
del c, e, f, g
x = d.pop(k)
print(x is v, sys.getrefcount(k), sys.getrefcount(v))
d[k] = v
item = d.popitem()
print(sys.getrefcount(k), sys.getrefcount(v), sys.getrefcount(item))
del item, x
print(sys.getrefcount(k), sys.getrefcount(v))
d = dict.fromkeys([k, k], v)
print(sys.getrefcount(k), sys.getrefcount(v), d)
d.setdefault(k, [])
d.setdefault((5,), v)
print(sys.getrefcount(v))
d.update({k: [4]}, z=v)
print(sys.getrefcount(k), sys.getrefcount(v))
d.clear()
print(sys.getrefcount(k), sys.getrefcount(v), d)
for key, val in {k: v}.items():
    pass
print(sys.getrefcount(k), sys.getrefcount(v), sys.getrefcount(key), sys.getrefcount(val))
del key, val
big = {i: v for i in range(100)}
print(sys.getrefcount(v))
for i in range(0, 100, 2):
    del big[i]
small = big.copy()
print(sys.getrefcount(v), len(small))
del big, small
print(sys.getrefcount(v))
m = {}
m["self"] = m
print(sys.getrefcount(m))
