# list.sort() changes the list and returns None; sorted() returns a new list
numbers = [3, 1, 2]
alias = numbers
new_list = sorted(numbers)
print(numbers, new_list, new_list is numbers)
result = numbers.sort()
print(numbers, alias, result)
words = ("pear", "fig", "apple")
print(sorted(words), words, type(sorted(words)).__name__)
try:
    words.sort()
except AttributeError as e:
    print("AttributeError:", e)
