# iterating over an int instead of range()
count = 3
for i in range(count):
    print(i)
for i in count:
    print(i)
