# when an object dies, the callbacks of its weak references run newest first
import weakref
class Obj:
    pass
def first(ref):
    print("callback of the first ref")
def second(ref):
    print("callback of the second ref")
o = Obj()
r1 = weakref.ref(o, first)
r2 = weakref.ref(o, second)
print(weakref.getweakrefcount(o))
del o
print("end")
