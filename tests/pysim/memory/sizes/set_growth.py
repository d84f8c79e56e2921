# a set's table grows from 8 slots (216 bytes) to 32, 128 and 512 slots
import sys
s = set()
last = sys.getsizeof(s)
print(0, last)
for n in range(100):
    s.add(n)
    size = sys.getsizeof(s)
    if size != last:
        print(len(s), size)
        last = size
s.clear()
print(sys.getsizeof(s))
