# a weak reference to a bound method dies at once: the method object is temporary
import weakref
class C:
    def m(self):
        return "called"
c = C()
r = weakref.ref(c.m)
print(r() is None)
m = c.m
r2 = weakref.ref(m)
print(r2() is m, r2()())
del m
print(r2() is None)
wm = weakref.WeakMethod(c.m)
print(wm()(), wm() is not None)
del c
print(wm() is None)
