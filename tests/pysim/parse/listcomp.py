print([x * x for x in range(5)])
print([x for x in range(10) if x % 2 if x > 3])
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(3)])
