# '<' between int and str while sorting a mixed list
numbers = [3, 10, 7]
print(sorted(numbers))
values = [3, "10", 7]
print(sorted(values))
