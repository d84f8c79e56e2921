# del with indexes and slices, including steps and negative bounds
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
b = list(range(10))
del b[::-3]
print(b)
del b[100:]
del b[5:2]
print(b)
alias = b
del b[:]
print(b, alias, alias is b)
try:
    del b[0]
except IndexError as e:
    print(type(e).__name__, e)
c = [1, 2, 3]
del c[1], c[0]
print(c)
