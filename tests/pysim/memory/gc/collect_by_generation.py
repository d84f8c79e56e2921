# an object that survives a young collection moves to an older generation
import gc
gc.collect()
b = []
b.append(b)
c = [b]
del b
print(gc.collect(0))
del c
print(gc.collect(0))
x = []
x.append(x)
del x
print(gc.collect(1), gc.collect(2))
