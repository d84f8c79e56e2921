x = 1
y = z = 2
a, b = 3, 4
(c, d) = [5, 6]
[e, f] = (7, 8)
print(x, y, z, a, b, c, d, e, f)
