# del removes names, items, slices and attributes
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4, 5, 6]
del lst[0]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class Box:
    pass
b = Box()
b.v = 1
b.w = 2
del b.v
print(vars(b))
p, q = 1, 2
del p, q
print("p" in globals(), "q" in globals())
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
