# mutable lists cannot be dict keys or set members: their hash would change as they change
key = [1, 2]
ok = {tuple(key): "tuple key"}
print(ok)
try:
    s = {key}
except TypeError as e:
    print(type(e).__name__, e)
d = {}
d[key] = "value"
