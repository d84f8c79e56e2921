# list * n repeats references: fine for immutable items, shared for mutable ones
zeros = [0] * 4
zeros[1] = 5
print(zeros, [1, 2] * 2, 3 * ["a"], [] * 5, [1] * 0, [1] * -3)
grid = [[]] * 3
grid[0].append("x")
print(grid, grid[0] is grid[2])
rows = [[] for _ in range(3)]
rows[0].append("x")
print(rows, rows[0] is rows[2])
a = [1, 2]
a *= 2
b = a
b *= 2
print(a, b, a is b)
try:
    print([1] * 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] * [2])
except TypeError as e:
    print(type(e).__name__, e)
