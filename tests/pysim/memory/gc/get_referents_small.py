# gc.get_referents lists the objects a container refers to directly
import gc
a = [1, "two", (3,)]
print(len(gc.get_referents(a)), [type(o).__name__ for o in gc.get_referents(a)])
d = {"k": [1]}
print(sorted(type(o).__name__ for o in gc.get_referents(d)))
t = (a, d)
r = gc.get_referents(t)
print(len(r), r[0] is a or r[1] is a, r[0] is d or r[1] is d)
print(gc.get_referents(5), gc.get_referents("s"))
