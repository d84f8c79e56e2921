# nested loops in one comprehension and comprehensions inside comprehensions
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[x * 10 for x in row] for row in matrix])
print([(a, b) for a in range(3) for b in range(a)])
print([x for row in matrix if sum(row) > 6 for x in row if x % 2])
print([[c for c in w] for w in ["ab", "cd"]])
table = [[i * j for j in range(1, 4)] for i in range(1, 4)]
for row in table:
    print(row)
print([a + b for a in "xy" for b in "12"])
