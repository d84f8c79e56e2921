# [[0] * 3] * 3 repeats one inner list three times
grid = [[0] * 3] * 3
print(grid)
grid[0][0] = 1
print(grid)
print(grid[0] is grid[1], grid[1] is grid[2])
grid[1] = [7, 7, 7]
print(grid)
print(grid[0] is grid[2], grid[0] is grid[1])
row = [0] * 3
row[0] = 5
print(row, "- ints in a row are fine: assignment replaces the slot")
