# * and ** unpacking inside list, tuple, set and dict displays
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *"xy"))
print({*a, *b, 1})
print([*range(3), *{"k": 1}])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1, "w": 0})
print({"y": "first", **d1})
print(*a, *b)
combined = [*a]
print(combined == a, combined is a)
print([*[], *()], {**{}})
try:
    print([*5])
except TypeError as e:
    print(e)
try:
    print({**[1]})
except TypeError as e:
    print(e)
