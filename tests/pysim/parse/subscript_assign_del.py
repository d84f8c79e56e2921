a = [1, 2, 3, 4, 5]
a[0] = 10
a[1:3] = [20, 30, 40]
del a[-1]
del a[:1]
print(a)
d = {"k": 1, "j": 2}
del d["k"]
x = 1
del x
print(d)
