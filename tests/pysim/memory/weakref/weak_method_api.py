# WeakMethod: a weak reference to a bound method, dead when its object or function dies
import weakref, sys
class C:
    def m(self):
        return 1
print(weakref.WeakMethod(C().m)())
c2 = C()
wm2 = weakref.WeakMethod(c2.m, lambda r: print("dead method, same ref:", r is wm2))
wm3 = weakref.WeakMethod(c2.m)
print(wm2 == wm3, wm2() == c2.m, wm2()(), hash(wm2) == hash(wm3), sys.getsizeof(wm2))
print(isinstance(wm2, weakref.ref), weakref.getweakrefcount(c2))
del c2
print(wm2(), wm2 == wm3, wm2 == wm2)
def f():
    pass
try:
    weakref.WeakMethod(f)
except TypeError as e:
    print(e)
kr = weakref.KeyedRef(C, None, "key")
print(kr.key, kr() is C, type(kr).__name__, isinstance(kr, weakref.ref))
