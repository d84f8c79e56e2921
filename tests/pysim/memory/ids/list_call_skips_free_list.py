# list() and list(iterable) allocate a fresh block (list_vectorcall uses
# PyType_GenericAlloc), yet the list joins the free list when it dies.
a = [1]
i = id(a)
del a
b = list()
print('list() takes the freed list:', id(b) == i)
del b
c = [2]
print('a literal takes it back:', id(c) == i)
del c
d = list(range(3))
print('list(range) takes it:', id(d) == i)
del d
e = [x for x in 'ab']
print('a comprehension takes it:', id(e) == i)
del e
f = list('abc')
j = id(f)
del f
g = list('abc')
h = [1, 2]
print('list() after list():', id(g) == j, id(h) == j)
class L(list):
    pass
k = L()
m = id(k)
del k
n = []
print('a subclass is not free-listed:', id(n) == m)
prev = None
same = 0
for size in range(0, 50, 5):
    lst = list(range(size))
    same += id(lst) == prev
    prev = id(lst)
    del lst
print('list(range(n)) in a loop reused an address', same, 'times')
