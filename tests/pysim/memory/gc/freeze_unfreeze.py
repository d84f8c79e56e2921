# gc.freeze() moves every tracked object out of reach of the collector until gc.unfreeze()
import gc
gc.collect()
a = []
a.append(a)
del a
before = gc.get_freeze_count()
gc.freeze()
print(gc.get_freeze_count() > before, gc.get_count())
print("frozen cycle not collected:", gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print("after unfreeze:", gc.collect())
