# dicts whose keys are all str use smaller entries than dicts with other keys
import sys
a = {}
b = {}
for i in range(12):
    a["k%d" % i] = i
    b[i] = i
    print(len(a), sys.getsizeof(a), sys.getsizeof(b))
mixed = {"a": 1}
print(sys.getsizeof(mixed), end=" ")
mixed[2] = 2
print(sys.getsizeof(mixed))
