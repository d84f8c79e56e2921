# a bytearray over-allocates as it grows; its size reports the allocation
import sys
ba = bytearray()
sizes = [sys.getsizeof(ba)]
for i in range(20):
    ba.append(i)
    sizes.append(sys.getsizeof(ba))
print(sizes)
print(sys.getsizeof(bytearray(b"abc")), sys.getsizeof(bytearray(10)), sys.getsizeof(bytearray(b"x" * 100)))
while len(ba) > 3:
    ba.pop()
print(len(ba), sys.getsizeof(ba))
ba.clear()
print(sys.getsizeof(ba))
big = bytearray(50)
big.extend(b"y" * 60)
print(len(big), sys.getsizeof(big))
