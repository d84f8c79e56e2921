# gc.get_objects(g) lists one generation; survivors of a collection move to the next one
import gc
def where(o):
    found = []
    for g in range(3):
        if any(x is o for x in gc.get_objects(g)):
            found.append(g)
    return found
gc.collect()
item = [1]
print(where(item), any(x is item for x in gc.get_objects()))
gc.collect(0)
print(where(item))
gc.collect(1)
print(where(item))
gc.collect(0)
print(where(item))
atom = (1, 2)
print(gc.is_tracked(atom), where(atom))
try:
    gc.get_objects(3)
except ValueError as e:
    print(e)
try:
    gc.get_objects(-2)
except ValueError as e:
    print(e)
try:
    gc.get_objects("0")
except TypeError as e:
    print(e)
