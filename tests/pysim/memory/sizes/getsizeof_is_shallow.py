# getsizeof counts only the object itself, never what it refers to
import sys
small = [0]
nested = [list(range(1000))]
print(sys.getsizeof(small), sys.getsizeof(nested))
t1 = ("x",)
t2 = ("x" * 1000,)
print(sys.getsizeof(t1), sys.getsizeof(t2))
d1 = {"k": 1}
d2 = {"k": "v" * 1000}
print(sys.getsizeof(d1), sys.getsizeof(d2))
def deep_size(obj):
    total = sys.getsizeof(obj)
    if isinstance(obj, (list, tuple)):
        total += sum(deep_size(item) for item in obj)
    return total
print(deep_size([1, [2, 3], "abc"]))
