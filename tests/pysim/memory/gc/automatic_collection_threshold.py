# with the default threshold of 700 the collector runs on its own after 700 new tracked objects
import gc
freed = []
class Node:
    def __init__(self, i):
        self.i = i
        self.me = self
    def __del__(self):
        freed.append(self.i)
gc.collect()
for i in range(1000):
    Node(i)
    if freed:
        print("first automatic collection after", i + 1, "objects, freed", len(freed))
        break
print(freed[:3], freed[-1])
