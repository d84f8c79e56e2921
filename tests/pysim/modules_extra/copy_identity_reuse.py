# which freed copies' addresses new objects take over: copies are made (and freed) as CPython makes them
import copy

def where(objs, ids):
    return [ids.index(id(o)) if id(o) in ids else -1 for o in objs]

a = [1, [2], [3, [4]]]
b = copy.deepcopy(a)
ids = (id(b), id(b[1]), id(b[2]), id(b[2][1]))
del b
n0 = []; n1 = []; n2 = []; n3 = []; n4 = []
print(where((n0, n1, n2, n3, n4), ids))

x = {"k": [1]}
y = copy.copy(x)
old = id(y)
del y
z = {}
print(id(z) == old)

src = {"a": [1], "b": {"c": 2}}
dc = copy.deepcopy(src)
ids = (id(dc), id(dc["a"]), id(dc["b"]))
del dc
f0 = {}; f1 = []; f2 = {}; f3 = []
print(where((f0, f1, f2, f3), ids))

t = (1, [2], (3, [4]))
dt = copy.deepcopy(t)
ids = (id(dt), id(dt[1]), id(dt[2]), id(dt[2][1]))
del dt
h0 = []; h1 = []; h2 = []
print(where((h0, h1, h2), ids))

pair = [[1], [2]]
print(id(copy.deepcopy(pair)) == id(copy.deepcopy(pair)), id(copy.copy(pair)) == id(copy.copy(pair)))

memo = {}
nested = [[1]]
c1 = copy.deepcopy(nested, memo)
ids = (id(c1), id(c1[0]), id(memo))
del memo, c1
k0 = []; k1 = []; k2 = []; k3 = {}
print(where((k0, k1, k2, k3), ids))

s = {1, 2, (3, 4)}
ds = copy.deepcopy(s)
ids = (id(ds),)
del ds
s0 = set(); s1 = []
print(where((s0, s1), ids))

class Row(list):
    pass
row = Row([1, [2]])
cr = copy.deepcopy(row)
ids = (id(cr), id(cr[1]))
del cr
j0 = Row(); j1 = []; j2 = Row(); j3 = []
print(where((j0, j1, j2, j3), ids))
