# keys must be hashable: lists, dicts and sets are refused, tuples of immutables are fine
d = {}
d[(1, 2)] = "tuple"
d[frozenset({3})] = "frozenset"
d["s"] = "str"
d[None] = "none"
d[3.5] = "float"
print(d)
for key in ([1, 2], {"a": 1}, {1}, (1, [2]), bytearray(b"x")):
    try:
        d[key] = "bad"
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print([1] in d)
except TypeError as e:
    print(type(e).__name__, e)
table = {["row", 1]: "cell"}
