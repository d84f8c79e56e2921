# changing a list while a for loop walks it skips or repeats items; iterate over a copy
items = [1, 2, 2, 3, 4, 4, 5]
for x in items:
    if x % 2 == 0:
        items.remove(x)
print(items)
items = [1, 2, 2, 3, 4, 4, 5]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
print([x for x in [1, 2, 2, 3, 4, 4, 5] if x % 2])
grow = [1, 2]
for x in grow:
    if len(grow) < 6:
        grow.append(x * 10)
print(grow)
shrink = [1, 2, 3, 4]
for i, x in enumerate(shrink):
    print(i, x, shrink)
    del shrink[0]
print(shrink)
