# args: --repl
# gc.collect() and other gc calls echo their results in the REPL
import gc
gc.collect()
a = []
a.append(a)
a
del a
gc.collect()
gc.isenabled()
gc.get_threshold()
