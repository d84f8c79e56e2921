# str(n) and repr(n) build a new string every time, even for one digit
n = 5
a = str(n)
b = str(n)
print(a == b, a is b)
c = "5"
print(a is c, f"{n}" is c, repr(n) is c)
d = "".join([a])
print(d is a)
e = a[0]
print(e is c, e is a)
