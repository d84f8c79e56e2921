# a = b = [] binds both names to one list; a = b = 0 is harmless because ints are immutable
a = b = []
a.append(1)
print(a, b, a is b)
x = y = 0
x += 1
print(x, y)
p, q = [], []
p.append(1)
print(p, q, p is q)
m = n = "text"
m += "!"
print(m, n)
