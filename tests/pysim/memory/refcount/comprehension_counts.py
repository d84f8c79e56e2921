# comprehensions run inline in 3.12: their variable and the new list hold references
import sys
x = []
counts = [sys.getrefcount(x) for _ in range(2)]
print(counts)
inner = [sys.getrefcount(y) for y in [x]]
print(inner)
built = [x for _ in range(3)]
print(sys.getrefcount(x))
d = {k: x for k in range(2)}
print(sys.getrefcount(x))
print(sum(sys.getrefcount(x) for _ in range(1)))
