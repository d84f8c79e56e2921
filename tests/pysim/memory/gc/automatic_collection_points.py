# an automatic collection is scheduled when generation 0's count passes 700, and runs at the next
# eval-breaker check: a call of a builtin does check, list.append and len() (specialized) do not
import gc
gc.collect()
prev = 0
first = None
for i in range(3000):
    l = []
    l.append(l)
    c = gc.get_count()
    if c[0] < prev and first is None:
        first = (i, prev, c)
    prev = c[0]
print(first)
gc.collect()
young = []
prev = gc.get_count()
for i in range(1600):
    d = {"a": [i]}
    c = gc.get_count()
    if c[1] != prev[1] or c[2] != prev[2]:
        young.append((i, c))
    prev = c
print(young)
