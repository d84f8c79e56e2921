# typical range loops: counting, stepping, indexing a list, nested grids
names = ["a", "b", "c", "d"]
for i in range(len(names)):
    print(i, names[i], end="; ")
print()
for i in range(0, len(names), 2):
    print(names[i:i + 2])
for i in range(len(names) - 1, -1, -1):
    print(names[i], end="")
print()
for row in range(3):
    print(" ".join(str(row * 3 + col) for col in range(3)))
total = 0
for n in range(1, 11):
    if n % 2:
        continue
    total += n
print(total, [n ** 2 for n in range(5)], list(zip(range(3), "xyz")))
