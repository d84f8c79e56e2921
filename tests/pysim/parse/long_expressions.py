total = (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 +
         16 + 17 + 18 + 19 + 20)
print(total)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print([row[i] for i, row in enumerate(matrix)])
print({k: [v for v in range(k)] for k in range(1, 4)})
