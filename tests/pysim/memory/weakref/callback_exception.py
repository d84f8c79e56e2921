# an exception raised by a weakref callback is reported as "Exception ignored in" and the program goes on
import weakref
class Failing:
    def __repr__(self):
        return "<failing callback>"
    def __call__(self, ref):
        print("callback runs, ref dead:", ref() is None)
        raise ValueError("callback failed")
class Thing:
    pass
t = Thing()
r = weakref.ref(t, Failing())
del t
print("still running")
u = Thing()
r1 = weakref.ref(u, Failing())
r2 = weakref.ref(u, Failing())
u = None
print("end")
