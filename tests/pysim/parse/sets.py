a = {1, 2, 3}
b = {*a, 4}
c = {1,}
print(sorted(a), sorted(b), c, set())
