# the separately allocated table is real memory: it takes a block from the
# allocator when the set grows and gives it back (after the items) when freed
n = 471
u = "b" * n
ui = id(u)
del u
s = set(range(5))
x = "a" * n
print(id(x) == ui)
del x, s
s = set(range(4))
big = "c" * n
bi = id(big)
s.add(big)
del big
del s
x = "d" * n
y = "e" * n
print(id(y) == bi, id(x) == bi)
t = set()
ti = id(t)
del t
print(id(set()) == ti, id(frozenset()) == ti, id({1, 2, 3}) == ti)
