# -5 and other unary minus literals are folded constants; -(n) at run time is new
a = -5
n = 5
print(a is -n, -n is -n)
b = -1000
c = -1000
print(b is c, b is -(n * 200))
d = -2.5
e = -2.5
print(d is e)
f = not True
six = -6
print(f is False, ~5 == six, ~n is ~n)
