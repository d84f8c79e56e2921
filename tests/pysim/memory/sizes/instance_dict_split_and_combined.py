# instance __dict__ sizes: shared keys, their 30-name limit, split copies, combining on a non-str key, popitem, clear
import sys
class P:
    pass
a = P()
print(sys.getsizeof(a), sys.getsizeof(a.__dict__))
b = P(); b.x = 1
print(sys.getsizeof(b.__dict__))
for i in range(35):
    setattr(b, "k%d" % i, i)
    if i in (0, 25, 26, 27, 28, 29, 30, 34):
        print(i, sys.getsizeof(b.__dict__), len(b.__dict__))
c = P()
print(sys.getsizeof(c.__dict__))
class Q:
    def __init__(self):
        self.a = 1
q = Q()
d = q.__dict__
print(sys.getsizeof(d))
d["new"] = 2
print(sys.getsizeof(d))
d[5] = 3
print(sys.getsizeof(d))
r = Q()
print(sys.getsizeof(r.__dict__), r.__dict__.copy(), sys.getsizeof(r.__dict__.copy()))
del r.a
print(sys.getsizeof(r.__dict__))
s = Q(); s.__dict__.clear(); print(sys.getsizeof(s.__dict__))
t = Q(); t.__dict__.popitem(); print(sys.getsizeof(t.__dict__))
class Big:
    def __init__(self):
        for i in range(40):
            setattr(self, "a%d" % i, i)
objs = [Big() for _ in range(3)]
print([sys.getsizeof(o.__dict__) for o in objs])
