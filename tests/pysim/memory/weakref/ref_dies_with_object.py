# a weak reference returns the object while it lives and None once it has been freed
import weakref
class Thing:
    pass
t = Thing()
r = weakref.ref(t)
print(r() is t, r() is not None)
other = t
del t
print(r() is other)
del other
print(r() is None, r())
