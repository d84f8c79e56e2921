# dicts are recycled through their own free list: a freed {} address goes to the next dict
d = {"a": 1}
i = id(d)
del d
e = {}
print(id(e) == i)
j = id(e)
e = [0]
print(id(e) == j)
f = {"b": 2}
print(id(f) == j)
g = f
del f
h = {}
print(id(h) == j, g == {"b": 2})
