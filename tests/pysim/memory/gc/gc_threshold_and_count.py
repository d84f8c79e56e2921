# the default thresholds, and the allocation counts right after a full collection
import gc
print(gc.get_threshold())
gc.collect()
print(gc.get_count())
gc.set_threshold(1000, 20, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
