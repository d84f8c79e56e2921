# Small ints and identifier-like strings are shared; others are new objects.
a = 256
b = int("256")
print(a is b)
c = 1000
d = int("1000")
print(c is d, c == d)
s = "hello"
t = "".join(["hel", "lo"])
print(s is t, s == t)
u = t
print(u is t)
