# list_repr passes each item to repr() without a reference of its own
# (set and frozenset reprs go through a temporary list; dict_repr holds
# the key and value).
import sys
class C:
    def __repr__(self):
        return 'C%d' % sys.getrefcount(self)
c = C()
print(c)
print(repr(c))
print([c])
print((c,))
print({c: 1})
print({1: c})
print({c})
print(frozenset([c]))
print([[c]])
print(str([c, c]))
