# gc.collect(g) resets the counts of generations 0..g and adds one to the next older one
import gc
gc.collect()
seen = [gc.get_count()]
a = []
b = {"k": a}
c = (a, b)
seen.append(gc.get_count())
del a, b, c
seen.append(gc.get_count())
gc.collect(0)
seen.append(gc.get_count())
gc.collect(0)
seen.append(gc.get_count())
gc.collect(1)
seen.append(gc.get_count())
gc.collect(2)
seen.append(gc.get_count())
for s in seen:
    print(s)
