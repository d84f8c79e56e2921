# range with start, stop, negative steps and empty ranges in loops
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 5)))
print(list(range(10, 0, -3)))
print(list(range(5, 5)), list(range(5, 0)))
for i in range(3, -4, -2):
    print(i, end=" ")
print()
total = 0
for i in range(1, 11):
    total += i * i
print(total)
word = "python"
for i in range(len(word) - 1, -1, -1):
    print(word[i], end="")
print()
for i in range(0, len(word), 2):
    print(i, word[i:i + 2])
