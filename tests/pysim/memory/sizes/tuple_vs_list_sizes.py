# a tuple of n items is smaller than a list of the same items
import sys
for n in (0, 1, 3, 5, 10):
    items = list(range(n))
    print(n, sys.getsizeof(tuple(items)), sys.getsizeof(items), sys.getsizeof(items[:]))
