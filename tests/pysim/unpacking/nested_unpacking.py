# unpacking nested structures in one assignment
point, (r, g, b) = (10, 20), (255, 128, 0)
print(point, r, g, b)
(a, b), (c, d) = [1, 2], "xy"
print(a, b, c, d)
name, (year, (month, day)) = "launch", (1969, (7, 20))
print(name, year, month, day)
[first, [second, third]] = [1, (2, 3)]
print(first, second, third)
for (x, y), label in [((0, 0), "origin"), ((1, 2), "p")]:
    print(label, x, y)
data = {"pos": (3, 4)}
(px, py), = data.values()
print(px, py)
