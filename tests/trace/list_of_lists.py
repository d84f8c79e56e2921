# [row] * 3 repeats references to one list, not copies of it.
row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)
