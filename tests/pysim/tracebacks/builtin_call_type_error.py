# TypeError from a built-in function called with the wrong type
items = [3, 1, 2]
count = 5
print(len(items))
print(len(count))
