# constants belong to the code object: deleting the name does not free them, so no reuse
a = 1.5
i = id(a)
del a
b = 2.5
print(id(b) == i)
c = 1.5
print(id(c) == i)
s = "not freed at all"
j = id(s)
del s
t = "another constant"
print(id(t) == j, id("not freed at all") == j)
n = 123456
k = id(n)
n = 654321
print(id(123456) == k)
