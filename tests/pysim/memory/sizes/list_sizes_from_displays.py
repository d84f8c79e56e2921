# list displays: exact size when an item is not a constant, rounded up when all are constants
import sys
x = 0
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2]))
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4]), sys.getsizeof([1, 2, 3, 4, 5]))
print(sys.getsizeof([x]), sys.getsizeof([x, x, x]), sys.getsizeof([x, x, x, x, x]))
print(sys.getsizeof([x, 1, 2]), sys.getsizeof(["a", "b", "c"]), sys.getsizeof([[], []]))
print(sys.getsizeof([1, 2, 3, 4, 5, 6, 7]), sys.getsizeof([x, x, x, x, x, x, x]))
