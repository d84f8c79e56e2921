# imaginary literals are constants: equal ones in one code object are shared,
# and 1+2j, -1j and 2j*3 are folded at compile time
a = 1 + 2j
b = 1 + 2j
c = complex(1, 2)
m1, m2 = -1j, -1j
s1, s2 = 2j * 3, 6j
print(a is b, m1 is m2, s1 is s2, a is c, c is complex(1, 2))
def f():
    return 1 + 2j
print(f() is f(), f() is a, f() == a)
x = 0j
y = -0j
z = 0j
print(x is y, x == y, repr(x), repr(y), x is z)
t = (1j, 1j, 2j)
one_j = 1j
print(t[0] is t[1], t[0] is one_j)
w = complex(3, 4)
print(+w is w, complex(w) is w, w.__complex__() is w, w.conjugate() is w)
