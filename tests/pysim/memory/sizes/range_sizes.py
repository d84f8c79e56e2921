# a range object has a fixed size whatever it covers
import sys
print(sys.getsizeof(range(0)), sys.getsizeof(range(10)), sys.getsizeof(range(10 ** 6)))
print(sys.getsizeof(range(1, 100, 7)), sys.getsizeof(range(10 ** 30)))
print(sys.getsizeof(list(range(10))), sys.getsizeof(tuple(range(10))))
