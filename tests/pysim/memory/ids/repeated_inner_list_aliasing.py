# [[0] * 2] * 3 repeats one inner list; a comprehension makes separate ones
grid = [[0] * 2] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[2])
good = [[0] * 2 for _ in range(3)]
good[0][0] = 1
print(good, good[0] is good[2])
row = [0] * 3
print(row[0] is row[1], id(row[0]) == id(row[2]))
