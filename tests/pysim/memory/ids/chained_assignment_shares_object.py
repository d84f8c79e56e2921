# a = b = [] binds both names to one object; separate displays make separate objects
a = b = []
a.append(1)
print(a, b, a is b)
c = []
d = []
c.append(1)
print(c, d, c is d)
x = y = 1000
y += 1
print(x, y, x is y)
p, q = [], []
print(p is q, p == q)
m = n = (1, 2)
print(m is n)
