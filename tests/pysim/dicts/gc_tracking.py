# a dict is tracked by the cycle collector only once it may hold a container
import gc
x = 5
print(gc.is_tracked({}), gc.is_tracked({1: 2}), gc.is_tracked({"a": "b"}), gc.is_tracked({1: []}), gc.is_tracked({(x, 1): 2}))
d = {"a": 1}
print(gc.is_tracked(d), end=" ")
d["b"] = [1]
print(gc.is_tracked(d), end=" ")
del d["b"]
print(gc.is_tracked(d), gc.is_tracked(d.copy()), gc.is_tracked(dict(d)), gc.is_tracked(dict()))
class D(dict):
    pass
print(gc.is_tracked(D()), gc.is_tracked({}.keys()), gc.is_tracked(iter({})))
gc.collect()
a = {}
a["me"] = a
del a
print(gc.collect())
b = {"list": []}
b["list"].append(b)
del b
print(gc.collect())
