# shadowing a built-in with a value, then calling it
numbers = list(range(3))
print(numbers)
list = [1, 2, 3]
print(list)
copy = list(range(3))
