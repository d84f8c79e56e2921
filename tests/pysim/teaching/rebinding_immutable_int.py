# ints are immutable: "changing" a number binds the name to a different object
a = 10
b = a
print(a, b, a is b)
a = a + 1
print(a, b, a is b)
count = 0
before = count
count += 1
print(count, before, count is before)
n = 5
m = n
n *= 2
print(n, m)
