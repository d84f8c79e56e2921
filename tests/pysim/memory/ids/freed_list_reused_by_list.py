# a freed list's address is taken by the next list created, not by a dict or a tuple
a = [1]
i = id(a)
del a
b = [2]
print(id(b) == i)
j = id(b)
del b
c = {}
print(id(c) == j)
d = [3, 4]
print(id(d) == j)
k = id(d)
d = None
e = (5, 6)
print(id(e) == k)
