# weakref.finalize: peek, detach, alive, atexit, repr, and a second finalizer on the same object
import weakref
class C:
    pass
def f(a, b=2, *, c=3):
    print("f", a, b, c)
    return "result"
c = C()
fin = weakref.finalize(c, f, 1, c=4)
print(fin.alive, fin.atexit, fin.peek()[1].__name__, fin.peek()[2:], repr(fin).startswith("<finalize object at 0x"), "for 'C'" in repr(fin))
print(fin.detach()[2:], fin.alive, fin(), repr(fin).endswith("; dead>"), fin.peek(), fin.detach())
fin2 = weakref.finalize(c, f, 5)
fin3 = weakref.finalize(c, f, 6)
print(fin3(), fin3(), fin2.alive, fin3.alive)
del c
print(fin2.alive)
try:
    weakref.finalize(1, f)
except TypeError as e:
    print(e)
try:
    weakref.finalize(C())
except TypeError as e:
    print(e)
