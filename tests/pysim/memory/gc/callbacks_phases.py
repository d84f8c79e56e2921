# functions in gc.callbacks are called before and after every collection with its numbers
import gc
def watch(phase, info):
    print(phase, info["generation"], info["collected"], info["uncollectable"], sorted(info))
gc.collect()
gc.callbacks.append(watch)
a = []
a.append(a)
del a
print("collect returned", gc.collect())
print("collect(0) returned", gc.collect(0))
gc.callbacks.remove(watch)
print("no callback", gc.collect())
class Bad:
    def __repr__(self):
        return "<bad callback>"
    def __call__(self, phase, info):
        raise RuntimeError("callback failed in " + phase)
gc.callbacks.append(Bad())
print(gc.collect(1))
gc.callbacks.clear()
