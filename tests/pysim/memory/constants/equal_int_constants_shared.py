# equal int constants in one script are one object, however far apart they are written
a = 1000
b = 1000
print(a is b, id(a) == id(b))
c = 10 ** 30
d = 1000000000000000000000000000000
print(c is d)
e = 1_000
f = 0x3e8
g = 0o1750
print(e is a, f is a, g is a)
h = 1000.0
print(h == a, h is a)
