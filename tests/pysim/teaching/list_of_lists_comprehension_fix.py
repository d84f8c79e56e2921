# a comprehension builds a new inner list on every pass
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
print(grid[0] is grid[1])
board = []
for r in range(3):
    board.append([" "] * 3)
board[1][1] = "X"
for line in board:
    print("|".join(line))
print(len({id(r) for r in board}) == 3)
