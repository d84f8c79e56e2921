# gc.get_referrers finds tracked containers only: a dict holding only untracked objects is invisible
import gc
target = object()
holder1 = [target]
holder2 = {"t": target}
found = gc.get_referrers(target)
print(any(h is holder1 for h in found), any(h is holder2 for h in found))
print(sum(1 for h in found if h is holder1 or h is holder2))
holder1.clear()
found = gc.get_referrers(target)
print(any(h is holder1 for h in found))
