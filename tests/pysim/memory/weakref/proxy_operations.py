# a proxy forwards operators, len, indexing, iteration and calls to its referent
import weakref
class L(list):
    pass
l = L([1, 2])
p = weakref.proxy(l)
print(len(p), p[0], 1 in p, list(p), p + [3], p == [1, 2], bool(p), str(p))
p.append(5)
p[0] = 10
del p[1]
print(l, type(p).__name__, weakref.proxy(l) is p)
def double(x):
    return x * 2
pf = weakref.proxy(double)
print(pf(3), type(pf).__name__, callable(pf), callable(p))
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return self.v + o
    def __radd__(self, o):
        return o + self.v
    def __neg__(self):
        return -self.v
    def __index__(self):
        return self.v
n = Num(4)
pn = weakref.proxy(n)
print(pn + 1, 1 + pn, -pn, [0, 1, 2, 3, 4, 5][pn], pn.v)
pn.v = 7
print(n.v)
del pn.v
print(hasattr(n, "v"))
try:
    next(weakref.proxy(l))
except TypeError as e:
    print(e)
it = iter([1, 2])
class It:
    def __iter__(self):
        return self
    def __next__(self):
        return next(it)
i = It()
pi = weakref.proxy(i)
print(next(pi), next(pi))
