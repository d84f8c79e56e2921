# freed tuples are kept on a free list per length and reused by the next tuple of that length
x = 5
t = (x, 1)
i = id(t)
del t
u = (x, 2)
print(id(u) == i)
j = id(u)
del u
v = (x, 2, 3)
print(id(v) == j)
w = (x, 9)
print(id(w) == j)
