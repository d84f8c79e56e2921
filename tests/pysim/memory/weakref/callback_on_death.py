# a weakref callback runs when the referent dies, receiving the now-dead weak reference
import weakref
class Thing:
    def __init__(self, name):
        self.name = name
def gone(ref):
    print("callback: referent gone, ref() is", ref())
t = Thing("t")
r = weakref.ref(t, gone)
print("deleting")
del t
print("after delete")
u = Thing("u")
r2 = weakref.ref(u, gone)
del r2
del u
print("no callback once the weakref itself is gone")
