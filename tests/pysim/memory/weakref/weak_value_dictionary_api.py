# WeakValueDictionary: a dict whose entries disappear when their values die
import weakref, sys, gc
class O:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "O(%d)" % self.n
d = weakref.WeakValueDictionary()
objs = [O(i) for i in range(5)]
for i, o in enumerate(objs):
    d["k%d" % i] = o
print(len(d), sorted(d), d["k1"], d.get("k9"), d.get("k9", 0), "k2" in d, "zz" in d)
del objs[2]
print(len(d), sorted(d.keys()), sorted(d.items())[:2])
print(sorted(v.n for v in d.values()))
print(d.pop("k0"), len(d), d.pop("k0", "gone"))
try:
    d["k2"]
except KeyError as e:
    print("KeyError", e)
print(d.setdefault("k1", O(9)), d.setdefault("new", objs[0]))
d.update({"u": objs[1]}, v=objs[3])
print(sorted(d))
c = d.copy()
print(type(c).__name__, len(c), len(d), c == d)
print(len(d.valuerefs()), type(d.valuerefs()[0]).__name__, d.valuerefs()[0].key in d)
del d["u"]
print(sorted(d))
objs.clear()
print(len(d), len(c), list(d), d.popitem() if d else "empty")
print(sys.getsizeof(d), gc.is_tracked(d), weakref.getweakrefcount(d), repr(d).startswith("<WeakValueDictionary at 0x"))
try:
    hash(d)
except TypeError as e:
    print(e)
