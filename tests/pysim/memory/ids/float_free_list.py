# run-time floats are recycled: a float freed before the next one is made gives it its address
x = 2.0
a = x * 3
i = id(a)
del a
b = x * 4
print(id(b) == i, b)
j = id(b)
b = x / 8
print(id(b) == j)
k = id(b)
b = b + 1.0
print(id(b) == k)
r = [x * n for n in range(3)]
ids = [id(v) for v in r]
del r
print(id(x + 0.5) in ids)
