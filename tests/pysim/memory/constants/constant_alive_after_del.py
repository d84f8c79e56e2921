# a constant keeps its address even after every name bound to it is deleted
a = 1000
i = id(a)
del a
b = [x for x in range(3)]
c = 1000
print(id(c) == i)
t = (4, 5, 6)
j = id(t)
del t
u = (4, 5, 6)
print(id(u) == j)
s = "some longer text"
k = id(s)
s = None
print(id("some longer text") == k)
