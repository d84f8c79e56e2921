# "ab" * 3, "ab" + "ab" and "abc"[1] are computed by the compiler; slices are not folded
a = "ab" * 3
b = "ababab"
print(a is b)
n = 3
c = "ab" * n
print(c == b, c is b)
d = "ab" + "ab"
e = "abab"
print(d is e)
s = "ab"
f = s + s
print(f == e, f is e)
g = "hello world"[0:5]
h = "hello"
print(g == h, g is h)
y = "xyz"[1]
z = "yyy"[n - 2:n - 1]
print(y is z)
