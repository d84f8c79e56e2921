# del, in, len and missing keys: `in` tests keys, never values
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d, len(d), "a" in d, 1 in d, 1 in d.values(), "b" not in d)
try:
    del d["b"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d
    print(d)
except NameError as e:
    print(type(e).__name__, e)
e = {(1, 2): "t", 0: "zero"}
print(e[False], (1, 2) in e, [1, 2] == list((1, 2)), e.get(0.0))
x = {"k": {"nested": [1, {"deep": True}]}}
print(x["k"]["nested"][1]["deep"], x.get("k", {}).get("nested"), x.get("zz", {}).get("nested"))
