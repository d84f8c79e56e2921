# repeating a constant tuple is folded only up to 256 items
a = (1,) * 256
b = (1,) * 256
print(len(a), a is b)
c = (1,) * 257
d = (1,) * 257
print(len(c), c is d, c == d)
e = (1, 2) * 128
f = (1, 2) * 128
g = (1, 2) * 129
h = (1, 2) * 129
print(e is f, g is h)
