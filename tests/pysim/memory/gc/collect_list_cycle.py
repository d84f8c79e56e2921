# two lists referring to each other are freed only by the cycle collector
import gc
gc.collect()
a = []
b = [a]
a.append(b)
del a, b
print(gc.collect(), gc.collect())
