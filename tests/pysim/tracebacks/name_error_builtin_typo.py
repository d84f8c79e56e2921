# a misspelled built-in name gets a suggestion from the builtins
numbers = [3, 1, 2]
print(sorted(numbers))
print(len(numbers))
pritn(len(numbers))
