# bound methods and closures stored back on their owner also make cycles
import gc
class B:
    def m(self):
        pass
gc.collect()
o = B()
o.handler = o.m
del o
print(gc.collect())
def outer():
    def inner():
        return inner
    return inner
f = outer()
del f
print(gc.collect())
class C:
    pass
c = C()
c.d = {"owner": c}
del c
print(gc.collect())
