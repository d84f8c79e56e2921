# tuple packing and unpacking; swapping without a temporary
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
t = 1, 2, 3
print(t, type(t).__name__)
p, q, r = t
print(p + q + r)
single = 5,
print(single, len(single))
(m,) = [42]
print(m)
[n] = (7,)
print(n)
a, b, c = range(3)
print(a, b, c)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
s1, s2, s3 = {3, 1, 2}
print(s1, s2, s3)
a = b = 0
a, b = b + 1, a + 2
print(a, b)
