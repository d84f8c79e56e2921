# What a class statement allocates, seen through gc.get_count(): the
# argument tuple of the call to type comes from the tuple free list when
# a freed 3-tuple waits there, the bases go straight into a tuple, and a
# metaclass= keyword still makes __build_class__'s keyword dict.
import gc
gc.collect()
a = gc.get_count()
class C: pass
b = gc.get_count()
print(a, b)
gc.collect()
print(gc.get_count())
class D: pass
print(gc.get_count())
gc.collect()
x = (1, 2, [])
del x
a = gc.get_count()
class E: pass
b = gc.get_count()
print(a, b)
gc.collect()
a = gc.get_count()
class F(E): pass
b = gc.get_count()
print(a, b)
gc.collect()
a = gc.get_count()
class G(metaclass=type): pass
b = gc.get_count()
print(a, b)
gc.disable()
for i in range(10):
    c = C()
    c.me = c
print(gc.get_count())
gc.enable()
