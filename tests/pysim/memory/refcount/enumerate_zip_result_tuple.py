# enumerate and zip keep their last result tuple and refill it when nothing
# else holds it, so the items of the last step stay referenced until the
# next step or until the iterator dies.
import sys
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
items = [[1], [2], [3]]
for i, y in enumerate(items):
    print(i, sys.getrefcount(y))
print(sys.getrefcount(items[-1]))
for a, b in zip(items, items):
    print(sys.getrefcount(a))
print({i: sys.getrefcount(o) for i, o in enumerate(items)})
for i, d in enumerate([D(1), D(2), D(3)]):
    print('step', i)
    del d
print('after the loop')
e = enumerate([D(4), D(5)])
t = next(e)
print(t[0], sys.getrefcount(t))
del t
t2 = next(e)
print('second step')
del t2
print('drop e')
del e
pairs = list(enumerate('abc'))
print(pairs, pairs[0] is pairs[1])
for p, q in zip([D(6), D(7)], [D(8)]):
    print('zip step', p.n, q.n)
print('end')
