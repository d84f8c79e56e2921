# deepcopy copies a shared object once, so sharing inside the copy mirrors the original
import copy
shared = [1, 2]
orig = [shared, shared, {"again": shared}]
dup = copy.deepcopy(orig)
print(dup[0] is dup[1], dup[2]["again"] is dup[0], dup[0] is shared)
memo = {}
c1 = copy.deepcopy(shared, memo)
c2 = copy.deepcopy(shared, memo)
print(c1 is c2, c1 is shared, id(shared) in memo)
