# += mutates a list in place but makes a new object for ints, strs and tuples
a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "".join("ab")
i = id(s)
s += "c"
print(s, id(s) == i)
n = 1000
m = n
n += 1
print(n, m, n is m)
x = [1]
y = x
x = x + [2]
print(x, y, x is y)
