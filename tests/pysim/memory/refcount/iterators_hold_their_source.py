# iterators, enumerate, zip, map and reversed keep their source alive
import sys
data = [1, 2, 3]
print(sys.getrefcount(data))
it = iter(data)
print(sys.getrefcount(data))
e = enumerate(data)
z = zip(data, data)
print(sys.getrefcount(data))
r = reversed(data)
print(sys.getrefcount(data))
del it, e, z, r
print(sys.getrefcount(data))
it = iter(data)
for _ in it:
    pass
print(sys.getrefcount(data))
