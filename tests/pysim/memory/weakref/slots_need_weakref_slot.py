# an instance with __slots__ supports weak references only if __weakref__ is a slot
import weakref
class NoWeak:
    __slots__ = ("a",)
class Weak:
    __slots__ = ("a", "__weakref__")
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print(type(e).__name__, e)
w = Weak()
r = weakref.ref(w)
print(r() is w)
del w
print(r())
