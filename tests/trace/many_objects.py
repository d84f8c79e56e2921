# More objects than a diagram shows: the rest is counted in a note.
table = [[row * 10 + col for col in range(6)] for row in range(8)]
print(len(table), table[7][5])
