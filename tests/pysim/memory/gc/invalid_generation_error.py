# gc.collect accepts generations 0, 1 and 2 only
import gc
print(gc.collect(0), gc.collect(1), gc.collect(2))
try:
    gc.collect(3)
except ValueError as e:
    print(type(e).__name__, e)
gc.collect(-1)
