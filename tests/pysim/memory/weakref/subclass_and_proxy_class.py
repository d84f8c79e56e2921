# weakref.ref can be subclassed; a proxy answers isinstance through the referent's __class__
import weakref, sys
class C:
    pass
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, label=""):
        super().__init__(ob, callback)
        self.label = label
    def __new__(cls, ob, callback=None, label=""):
        return super().__new__(cls, ob, callback)
c = C()
r = MyRef(c, None, "L")
print(r() is c, r.label, type(r).__name__, isinstance(r, weakref.ref), weakref.getweakrefcount(c))
print(weakref.ref(c) is r, repr(r).startswith("<weakref at 0x"))
print(sys.getsizeof(r))
p = weakref.proxy(c)
print(p.__class__ is C, isinstance(p, C), type(p) is weakref.ProxyType)
l = [1]
class L(list): pass
ll = L([1, 2])
pl = weakref.proxy(ll)
print(isinstance(pl, list), pl.__class__.__name__)
del c
print(r())
