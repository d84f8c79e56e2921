# a generator expression inside an inlined list comprehension
rows = [[1, 2], [3, 4], [5]]
print([sum(x * 2 for x in row) for row in rows])
rows[1][1] = "4"
totals = [sum(x * 2 for x in row) for row in rows]
