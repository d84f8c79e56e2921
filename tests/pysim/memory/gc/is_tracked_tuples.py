# new tuples are tracked; the collector untracks the ones holding only atomic values
import gc
x = 5
t_atoms = (x, "a")
t_list = (x, [])
t_empty = ()
print(gc.is_tracked(t_atoms), gc.is_tracked(t_list), gc.is_tracked(t_empty))
gc.collect()
print(gc.is_tracked(t_atoms), gc.is_tracked(t_list), gc.is_tracked(t_empty))
t_const = (1, 2)
print(gc.is_tracked(t_const))
t_new = tuple([x, x])
print(gc.is_tracked(t_new))
gc.collect()
print(gc.is_tracked(t_new))
