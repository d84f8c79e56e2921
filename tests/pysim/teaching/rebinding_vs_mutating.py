# rebinding a name (=) versus mutating the object it refers to (.append, [i] =)
a = [1, 2]
b = a
a = a + [3]
print("after a = a + [3]: a =", a, " b =", b, " a is b:", a is b)
c = [1, 2]
d = c
c.append(3)
print("after c.append(3): c =", c, " d =", d, " c is d:", c is d)
e = [1, 2]
f = e
e[:] = [9, 9, 9]
print("after e[:] = ...: e =", e, " f =", f, " e is f:", e is f)
g = [1, 2]
h = g
g = []
print("after g = []: g =", g, " h =", h)
