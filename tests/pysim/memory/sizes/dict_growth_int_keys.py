# a dict with int keys grows its table in steps: 64, 224, 352, 632, 1168, 2264
import sys
d = {}
last = sys.getsizeof(d)
print(0, last)
for n in range(100):
    d[n] = None
    size = sys.getsizeof(d)
    if size != last:
        print(len(d), size)
        last = size
