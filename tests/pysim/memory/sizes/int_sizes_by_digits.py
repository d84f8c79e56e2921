# an int takes 24 bytes plus 4 per 30-bit digit (at least one digit, even for 0)
import sys
for v in (0, 1, -1, 255, 2 ** 30 - 1, 2 ** 30, -(2 ** 30), 2 ** 60 - 1, 2 ** 60, 2 ** 90, 10 ** 100):
    print(sys.getsizeof(v), end=" ")
print()
print(sys.getsizeof(True), sys.getsizeof(False))
n = 1
sizes = []
for _ in range(8):
    sizes.append(sys.getsizeof(n))
    n <<= 30
print(sizes)
