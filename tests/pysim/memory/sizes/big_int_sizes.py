# big ints grow by 4 bytes for every 30 bits, for results of arithmetic too
import sys
for bits in (29, 30, 59, 60, 89, 90, 300, 1000):
    n = 2 ** bits
    print(bits, sys.getsizeof(n), sys.getsizeof(-n), sys.getsizeof(n - 1))
f = 1
for k in range(1, 31):
    f *= k
print(sys.getsizeof(f), sys.getsizeof(f // f), sys.getsizeof(f - f))
