# reverse() works in place; slicing and copy() make new lists that share items
a = [1, [2, 3], "x"]
b = a
r = a.reverse()
print(a, b, r)
c = a[::-1]
d = a.copy()
e = a[:]
f = list(a)
print(c, c is a, d is a, e is a, f is a, d == a)
print(d[1] is a[1], e[1] is a[1], c[1] is a[1])
d[1].append(4)
d.append("only d")
print(a, d)
print(list(reversed(a)), a)
