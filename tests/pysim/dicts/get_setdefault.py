# dict.get never raises; setdefault inserts only when the key is missing
d = {"a": 1, "b": None}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", "dflt"), d.get("b") is None, d)
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("e"), d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
shared = []
x = d.setdefault("list", shared)
x.append(1)
print(d["list"] is shared, shared)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(d["z"])
except KeyError as e:
    print(type(e).__name__, e, repr(e))
