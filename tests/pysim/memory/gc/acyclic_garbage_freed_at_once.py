# garbage without cycles is freed by reference counting, so the collector finds nothing
import gc
gc.collect()
data = [[1, 2], {"k": [3]}, (4, [5])]
del data
print(gc.collect())
class Leaf:
    pass
leaves = [Leaf() for _ in range(10)]
leaves = None
print(gc.collect())
