# WeakSet: a set of objects that leave it when they die
import weakref
class O:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "O(%d)" % self.n
s = weakref.WeakSet()
x, y = O(7), O(8)
s.add(x)
s.add(y)
s.add(x)
print(len(s), x in s, 3 in s, sorted(o.n for o in s))
del x
print(len(s), list(s))
s.discard(y)
print(len(s), repr(s), bool(s))
s2 = weakref.WeakSet([y])
print(s2 == weakref.WeakSet([y]), len(s2), s2.pop() is y, len(s2))
try:
    s2.pop()
except KeyError as e:
    print("KeyError", e)
try:
    s2.remove(y)
except KeyError:
    print("KeyError on remove")
z = O(9)
s2 |= [y, z]
print(sorted(o.n for o in s2), sorted(o.n for o in s2.copy()))
s2.clear()
print(len(s2))
try:
    s2.add(1)
except TypeError as e:
    print(e)
