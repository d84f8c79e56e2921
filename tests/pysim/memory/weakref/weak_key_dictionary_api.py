# WeakKeyDictionary: entries disappear when their keys die; keys are found by equality of the referents
import weakref, sys
class O:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "O(%d)" % self.n
k = weakref.WeakKeyDictionary()
a, b = O(1), O(2)
k[a] = "A"
k[b] = "B"
print(len(k), k[a], a in k, 5 in k, k.get(b), k.get(O(3), "none"), sorted(v for v in k.values()))
print(sorted(x.n for x in k.keys()), sorted((x.n, v) for x, v in k.items()))
del a
print(len(k), [x.n for x in k])
try:
    k[1] = 2
except TypeError as e:
    print("TypeError", e)
print(k.setdefault(b, "other"), len(k.keyrefs()))
print(k.pop(b), len(k))
try:
    k.pop(b)
except KeyError:
    print("KeyError")
c = O(3)
k.update({c: "C"})
print(len(k), k.copy()[c], repr(k).startswith("<WeakKeyDictionary at 0x"), sys.getsizeof(k))
del c
print(len(k))
