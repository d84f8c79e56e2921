first, *rest = [1, 2, 3, 4]
*init, last = "abc"
a, *b, c = range(5)
(x, *y), z = [1, 2, 3], 4
print(first, rest, init, last, a, b, c, x, y, z)
