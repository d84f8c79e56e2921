# a shallow copy adds a reference to every item; a deep copy leaves mutable items alone
import sys, copy
item = [0]
lst = [item, item]
print(sys.getrefcount(item))
shallow = copy.copy(lst)
print(sys.getrefcount(item))
deep = copy.deepcopy(lst)
print(sys.getrefcount(item), deep[0] is deep[1], sys.getrefcount(deep[0]))
