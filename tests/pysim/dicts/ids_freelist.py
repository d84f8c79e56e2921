# freed dicts are reused: the dict free list gives a new {} the address of the last
# dict freed, but dict() allocates a fresh block (it still goes back to the list)
a = {}
i = id(a)
del a
b = {}
print(id(b) == i)
j = id(b)
del b
c = dict()
print(id(c) == j)
k = id(c)
del c
d = {}
print(id(d) == k)
x = {"n": 1}
y = x.copy()
print(x == y, x is y, id(x) != id(y))
class D(dict):
    pass
m = D(a=1)
n = id(m)
del m
o = {}
print(id(o) == n, type(D(a=1).copy()).__name__, type(D(a=1) | {}).__name__)
lst = [{} for _ in range(3)]
ids = [id(t) for t in lst]
del lst
again = [{} for _ in range(3)]
print([id(t) for t in again] == ids[::-1])
