# Each class registers with its bases as CPython does: an int key and a weak
# reference in the base's subclass dict (made with the first subclass).
import gc, weakref, sys
gc.collect()
c0 = gc.get_count()
class A: pass
c1 = gc.get_count()
class B(A): pass
c2 = gc.get_count()
print(c0, c1, c2)
print(weakref.getweakrefcount(A), weakref.getweakrefcount(B))
r = weakref.ref(A)
print(weakref.getweakrefcount(A), r is weakref.getweakrefs(A)[0])
print(A.__subclasses__(), object.__subclasses__()[-1])
print(sys.getrefcount(A), sys.getrefcount(B))
x = [1]; ix = id(x); del x
class C: pass
y = [2]
print(id(y) == ix)
