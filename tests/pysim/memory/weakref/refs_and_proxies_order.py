# the weak reference list of an object: the basic ref and proxy first, then the ones with callbacks, newest first
import weakref
class C:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "C(%d)" % self.n
    def m(self):
        return self.n
def cb(name):
    def f(r):
        print("callback", name, type(r).__name__)
    return f
a = C(1)
r1 = weakref.ref(a)
r2 = weakref.ref(a, cb("r2"))
r3 = weakref.ref(a, cb("r3"))
p = weakref.proxy(a)
p2 = weakref.proxy(a, cb("p2"))
print(weakref.getweakrefcount(a), [type(x).__name__ for x in weakref.getweakrefs(a)])
print(weakref.getweakrefs(a)[0] is r1, weakref.getweakrefs(a)[1] is p, weakref.proxy(a) is p)
print(r1 == r2, r1 != r3, hash(r1) == hash(a), r2.__callback__ is not None, r1.__callback__)
print(p.n, p.m(), str(p))
print(a.__weakref__ is r1, C.__weakref__.__name__)
del a
print("after del")
print(r1(), r2(), weakref.getweakrefcount(r1), r1 == r2, r1 == r1)
try:
    p.n
except ReferenceError as e:
    print("ReferenceError", e)
try:
    hash(r3)
except TypeError as e:
    print("TypeError", e)
