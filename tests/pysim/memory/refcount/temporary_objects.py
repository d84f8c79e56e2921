# an object that only exists as an argument has count 1
import sys
print(sys.getrefcount([]), sys.getrefcount({}), sys.getrefcount(object()))
print(sys.getrefcount([1, 2] + [3]), sys.getrefcount(list(range(3))))
n = 500
print(sys.getrefcount(n * 3), sys.getrefcount(str(n)), sys.getrefcount(n / 7))
print(sys.getrefcount(n + 1 - 1))
