# a list or dict that contains itself is a one-object cycle
import gc
gc.collect()
lst = []
lst.append(lst)
print(lst)
del lst
print(gc.collect())
d = {}
d["me"] = d
print(d)
del d
print(gc.collect())
both = [{}]
both[0]["list"] = both
del both
print(gc.collect())
