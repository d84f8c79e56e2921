# The first repr of a container makes the dict and list Py_ReprEnter keeps
# (the thread state's dict): they take the list and dict freed just before.
a = [1, 2]
i = id(a)
d = {1: 2}
j = id(d)
del a, d
print((1, 2))
b = [3]
e = {3: 4}
print(id(b) == i, id(e) == j)
# later reprs make nothing: freed slots are reused as usual
c = [5]
k = id(c)
del c
print([6, 7])
f = [8]
print(id(f) == k)
