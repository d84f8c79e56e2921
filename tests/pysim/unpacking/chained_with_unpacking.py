# chained assignment mixing a plain name and unpacking targets
a, b = c = 1, 2
print(a, b, c)
x = [y, z] = "pq"
print(x, y, z)
first, *rest = whole = [1, 2, 3]
print(first, rest, whole, rest is whole)
p = q = r, s = (5, 6)
print(p, q, r, s, p is q)
