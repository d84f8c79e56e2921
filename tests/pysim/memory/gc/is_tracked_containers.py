# lists, sets, functions, classes and instances are always tracked; dicts only when needed
import gc
class A:
    pass
def f():
    pass
print(gc.is_tracked([]), gc.is_tracked([1, 2]), gc.is_tracked(set()), gc.is_tracked({1}))
print(gc.is_tracked(f), gc.is_tracked(lambda: 0), gc.is_tracked(A), gc.is_tracked(A()))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": "b"}), gc.is_tracked({"a": []}))
x = 5
print(gc.is_tracked({(x, 1): 2}), gc.is_tracked({1: (x, 2)}))
d = {}
d["k"] = 1
print(gc.is_tracked(d), end=" ")
d["l"] = [2]
print(gc.is_tracked(d), end=" ")
del d["l"]
print(gc.is_tracked(d))
print(gc.is_tracked(A().__dict__), gc.is_tracked(vars(A())))
