# x = y = [] binds one object twice; unpacking binds each element once more
import sys
x = y = []
print(sys.getrefcount(x))
a = b = c = {}
print(sys.getrefcount(a))
p = [1]
q, r = p, p
print(sys.getrefcount(p))
first, *rest = [p, p, p]
print(sys.getrefcount(p), len(rest))
(m, n), o = (p, p), p
print(sys.getrefcount(p))
