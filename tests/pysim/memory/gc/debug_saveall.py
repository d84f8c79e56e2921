# with DEBUG_SAVEALL the collector keeps the garbage it finds in gc.garbage instead of freeing it
import gc
print(gc.get_debug(), gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
cycle = ["payload"]
cycle.append(cycle)
del cycle
print(gc.collect(), len(gc.garbage), gc.garbage[0][0], gc.garbage[0][1] is gc.garbage[0])
gc.set_debug(0)
print(gc.collect(), len(gc.garbage))
gc.garbage.clear()
print(gc.collect(), gc.garbage)
