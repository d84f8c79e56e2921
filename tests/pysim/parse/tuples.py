a = ()
b = (1,)
c = 1, 2
d = (1, 2, 3)
e = *c, *d
f = 1,
print(a, b, c, d, e, f, len(e))
