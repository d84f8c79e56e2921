# lambdas capture through cells; map and filter objects hold their function and iterable
import sys
data = [1, 2, 3]
f = lambda n: n * 2
print(sys.getrefcount(f), sys.getrefcount(data))
m = map(f, data)
print(sys.getrefcount(f), sys.getrefcount(data))
flt = filter(None, data)
print(sys.getrefcount(data))
result = list(m)
print(result, sys.getrefcount(f), sys.getrefcount(data))
del m, flt
print(sys.getrefcount(f), sys.getrefcount(data))
