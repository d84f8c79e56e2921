# nested atomic tuples: a named inner tuple is untracked in the same collection as its holder,
# an anonymous one only after the holder was checked, so the holder needs a second collection
import gc
x = 5
inner = (x, 1)
outer = (x, inner)
print(gc.is_tracked(outer), gc.is_tracked(inner))
gc.collect()
print(gc.is_tracked(outer), gc.is_tracked(inner))
nested = (x, (x, 2))
print(gc.is_tracked(nested), gc.is_tracked(nested[1]))
gc.collect()
print(gc.is_tracked(nested), gc.is_tracked(nested[1]))
gc.collect()
print(gc.is_tracked(nested), gc.is_tracked(nested[1]))
