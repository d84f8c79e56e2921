# for loop targets may be subscripts, attributes and nested tuples
d = {}
for d["key"] in range(3):
    print(d)
class Obj:
    pass
o = Obj()
for o.attr in "xy":
    print(o.attr)
lst = [0, 0]
for lst[1] in [7, 8]:
    pass
print(lst)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for (x, y), z in [((1, 2), 3)]:
    print(x, y, z)
for first, *rest in [[1, 2, 3], [4]]:
    print(first, rest)
