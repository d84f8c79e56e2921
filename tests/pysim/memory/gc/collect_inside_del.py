# gc.collect() called while the collector is already running (from a __del__) does nothing
import gc
class C:
    def __del__(self):
        print("inner collect:", gc.collect())
gc.collect()
c = C()
c.me = c
del c
print("outer collect:", gc.collect())
d = C()
del d
print("end")
