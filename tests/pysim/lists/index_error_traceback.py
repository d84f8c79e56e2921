# an off-by-one loop that runs past the end of a list (uncaught IndexError)
scores = [90, 85, 77]
total = 0
for i in range(len(scores)):
    total += scores[i]
print(total)
for i in range(len(scores) + 1):
    print(i, scores[i])
