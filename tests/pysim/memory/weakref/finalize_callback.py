# weakref.finalize runs its function once when the object dies, and reports whether it is alive
import weakref
class Res:
    pass
def cleanup(label):
    print("cleanup", label)
r = Res()
fin = weakref.finalize(r, cleanup, "r")
print(fin.alive)
del r
print(fin.alive)
s = Res()
fin2 = weakref.finalize(s, cleanup, "s")
fin2()
print(fin2.alive)
del s
print("end")
