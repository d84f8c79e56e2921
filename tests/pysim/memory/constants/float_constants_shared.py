# equal float constants are shared; 0.0 and -0.0 stay distinct; 1e3 and 1000.0 are one constant
x = 3.25
y = 3.25
print(x is y)
p = 0.1 + 0.2
q = 0.30000000000000004
print(p is q, p)
z = 0.0
nz = -0.0
print(z == nz, z is nz, nz)
a = 1e3
b = 1000.0
print(a is b)
r = 2.0
print(r * 1.625 == x, r * 1.625 is x)
