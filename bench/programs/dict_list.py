# building and reading lists and dicts
squares = {}
for i in range(200_000):
    squares[i] = i * i
evens = [k for k, v in squares.items() if v % 2 == 0]
print(len(evens), sum(squares[k] for k in evens[:1000]))
