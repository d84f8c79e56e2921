# instance dicts of built-in subclasses, replaced and deleted __dict__, a dict outliving its instance, deletions
import sys
class L(list):
    pass
l = L()
print(sys.getsizeof(l.__dict__))
l.a = 1
print(sys.getsizeof(l.__dict__))
m = L(); m.b = 2
print(sys.getsizeof(m.__dict__))
class P:
    def __init__(self, x):
        self.x = x
ps = [P(i) for i in range(5)]
print([sys.getsizeof(p.__dict__) for p in ps])
a = P(1)
a.__dict__ = {"z": 1}
print(sys.getsizeof(a.__dict__), a.z)
del a.__dict__
print(vars(a), sys.getsizeof(a.__dict__))
b = P(2)
ids = [id(P(i)) for i in range(3)]
print(ids[0] == ids[1])
c = P(3)
d = c.__dict__
del c
print(d, sys.getsizeof(d))
e = P(4)
del e.x
print(e.__dict__, sys.getsizeof(e.__dict__))
e.x = 5; e.y = 6
print(e.__dict__, list(e.__dict__), sys.getsizeof(e.__dict__))
f = P(7)
f.__dict__.update({"q": 1, "r": 2})
print(sys.getsizeof(f.__dict__), f.__dict__)
