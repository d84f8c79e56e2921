# names are rebound by assignment; the old object is unaffected
x = 10
y = x
x = x + 1
print(x, y)
s = "hi"
t = s
s = s + "!"
print(s, t)
a = [1, 2]
b = a
a = a + [3]
print(a, b, a is b)
c = [1, 2]
d = c
c.append(3)
print(c, d, c is d)
n = 5
n = "five"
n = [n, n]
print(n, type(n).__name__)
