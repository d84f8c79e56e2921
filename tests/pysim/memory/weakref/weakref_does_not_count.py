# weak references do not add to the reference count
import sys, weakref
class Thing:
    pass
t = Thing()
print(sys.getrefcount(t))
r = weakref.ref(t)
r2 = weakref.ref(t)
print(sys.getrefcount(t), weakref.getweakrefcount(t))
strong = r()
print(sys.getrefcount(t))
del strong
print(sys.getrefcount(t), r is r2)
def cb(ref):
    pass
r3 = weakref.ref(t, cb)
print(weakref.getweakrefcount(t), r3 is r)
