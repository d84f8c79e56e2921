# a tuple built at run time is a new object, even when equal to a constant tuple
k = 1
t = (1, 2, 3)
u = (k, 2, 3)
v = tuple([1, 2, 3])
w = tuple(range(1, 4))
x = t[:2] + (3,)
print(t == u == v == w == x)
print(u is t, v is t, w is t, x is t)
y = tuple(t)
print(y is t)
z = (*t,)
print(z is t, z == t)
