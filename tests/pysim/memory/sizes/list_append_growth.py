# appending over-allocates: capacities 0, 4, 8, 16, 24, 32, 40, 52, 64, 76 ...
import sys
lst = []
last = sys.getsizeof(lst)
print(0, last)
for n in range(1, 100):
    lst.append(n)
    size = sys.getsizeof(lst)
    if size != last:
        print(n, size, (size - 56) // 8)
        last = size
