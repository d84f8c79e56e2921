# functions and classes are never copied: copy and deepcopy return them unchanged; modules refuse
import copy
import math
def f():
    return 1
class K:
    pass
for v in (f, K, len, print):
    print(copy.copy(v) is v, copy.deepcopy(v) is v)
holder = {"fn": f, "cls": K, "data": [1]}
dup = copy.deepcopy(holder)
print(dup["fn"] is f, dup["cls"] is K, dup["data"] is holder["data"])
try:
    copy.copy(math)
except TypeError as e:
    print(type(e).__name__, e)
