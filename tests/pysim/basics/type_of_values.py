# type() of common objects and its printed form
import math
def f():
    pass
class C:
    pass
for v in [1, 1.0, True, "s", b"b", bytearray(b"x"), None, [1], (1,), {1: 2}, {1},
          frozenset(), range(2), f, C, C(), len, math, type, object(), ValueError("x"),
          iter([1]), {}.keys(), [].append]:
    print(type(v))
print(type(type(1)), type(1) is int, type(True) is bool, type(C()) is C)
print(type(1).__name__, type(f).__name__, C.__name__)
