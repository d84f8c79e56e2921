# with gc disabled, cycles pile up until gc.collect() is called by hand
import gc
count = [0]
class Node:
    def __init__(self):
        self.me = self
    def __del__(self):
        count[0] += 1
gc.collect()
gc.disable()
for _ in range(2000):
    Node()
print("freed while disabled:", count[0])
print("collected:", gc.collect())
print("freed now:", count[0])
gc.enable()
