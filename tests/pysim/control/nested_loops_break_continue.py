# break and continue affect only the innermost loop
for i in range(4):
    for j in range(4):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
print("---")
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found is not None:
        break
    print("row done", row)
print("found", found)
count = 0
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    count += 1
print(i, count)
