# a shallow copy of a nested list still shares the inner lists; deepcopy does not
import copy
grid = [[0, 0], [0, 0]]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0][0] = 1
grid.append([9])
print(grid)
print(shallow)
print(deep)
print([row is orig for row, orig in zip(shallow, grid)])
print([row is orig for row, orig in zip(deep, grid)])
