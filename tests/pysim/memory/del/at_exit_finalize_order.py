# finalizers still alive at exit run newest first, before any object is freed
import weakref
class Res:
    pass
def cleanup(n):
    print("cleanup", n)
objs = [Res() for i in range(3)]
fins = [weakref.finalize(o, cleanup, i) for i, o in enumerate(objs)]
del objs[1]
print([f.alive for f in fins])
print("end of program")
