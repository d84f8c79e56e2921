# chained assignment binds every target to the same object, left to right
a = b = c = []
a.append(1)
print(a, b, c, a is b, b is c)
x = y = 5
x += 1
print(x, y)
lst = [0, 0, 0]
i = lst[i] = 1
print(i, lst)
d = {}
d["k"] = d2 = {"inner": 1}
d2["inner"] = 2
print(d)
p = q = (1, 2)
print(p is q, p == q)
