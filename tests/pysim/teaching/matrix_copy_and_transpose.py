# copying a matrix row by row, then transposing it, and what stays shared
matrix = [[1, 2], [3, 4]]
rows_copy = [row[:] for row in matrix]
outer_copy = matrix[:]
matrix[0][0] = 100
print(matrix, rows_copy, outer_copy)
transposed = [list(col) for col in zip(*matrix)]
print(transposed)
print(any(t is m for t in transposed for m in matrix))
print(outer_copy[0] is matrix[0], rows_copy[0] is matrix[0])
