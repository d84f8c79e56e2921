# constant expressions are folded when compiled, so they share the merged constant
x = 2 ** 10
y = 2 ** 10
print(x is y, x)
a = 999 + 1
b = 1000
print(a is b)
c = 2500 * 2
d = 5000
print(c is d)
n = 10
print(2 ** n is 2 ** n, 2 ** n == x)
e = 1 << 20
f = 1048576
print(e is f)
g = -1000
h = -1000
print(g is h, -(n * 100) is g)
