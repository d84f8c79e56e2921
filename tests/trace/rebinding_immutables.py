# Rebinding a name never changes the object it referred to.
a = 1000
b = a
b += 1
print(a, b)
s = "spam"
t = s
t += "!"
print(s, t)
