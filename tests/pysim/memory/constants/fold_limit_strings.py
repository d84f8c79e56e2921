# the compiler folds a string product only up to 4096 characters
a = "x" * 4096
b = "x" * 4096
print(len(a), a is b)
c = "x" * 4097
d = "x" * 4097
print(len(c), c is d, c == d)
e = "ab" * 2048
f = "ab" * 2048
print(e is f)
g = "ab" * 2049
h = "ab" * 2049
print(g is h)
i = b"y" * 4096
j = b"y" * 4096
print(i is j, b"y" * 4097 is b"y" * 4097)
