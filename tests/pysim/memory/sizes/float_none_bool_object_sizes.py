# fixed sizes of the simple objects: None, object(), float, bool
import sys
print(sys.getsizeof(None), sys.getsizeof(object()))
print(sys.getsizeof(1.5), sys.getsizeof(0.0), sys.getsizeof(1e300), sys.getsizeof(float("inf")))
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(1 > 0))
x = 10 ** 20
print(sys.getsizeof(float(x)), sys.getsizeof(x / 3))
