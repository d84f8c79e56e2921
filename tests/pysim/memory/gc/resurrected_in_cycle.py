# a cycle member whose __del__ stores itself survives the collection and is not counted
import gc
keep = []
class A:
    def __del__(self):
        print("finalizing, already finalized?", gc.is_finalized(self))
        keep.append(self)
gc.collect()
a = A()
a.me = a
del a
print(gc.collect(), len(keep), gc.is_finalized(keep[0]))
keep[0].me = None
keep.clear()
print(gc.collect())
