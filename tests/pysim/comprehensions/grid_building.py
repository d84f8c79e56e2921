# building a grid with a comprehension versus repeating a list with *
rows = 3
good = [[0] * 3 for _ in range(rows)]
bad = [[0] * 3] * rows
good[0][0] = 1
bad[0][0] = 1
print(good)
print(bad)
print(good[0] is good[1], bad[0] is bad[1])
print(len({id(r) for r in good}) == 3, len({id(r) for r in bad}) == 1)
identity = [[1 if r == c else 0 for c in range(3)] for r in range(3)]
for row in identity:
    print(" ".join(str(v) for v in row))
