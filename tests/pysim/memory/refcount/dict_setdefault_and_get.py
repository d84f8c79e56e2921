# dict values hold references; get and setdefault return a reference without storing twice
import sys
v = [1]
d = {}
r = d.setdefault("k", v)
print(sys.getrefcount(v), r is v)
r2 = d.setdefault("k", [2])
print(sys.getrefcount(v))
g = d.get("k")
print(sys.getrefcount(v))
del r, r2, g
print(sys.getrefcount(v))
d["j"] = v
d["k"] = None
print(sys.getrefcount(v))
x = d.pop("j")
print(sys.getrefcount(v))
