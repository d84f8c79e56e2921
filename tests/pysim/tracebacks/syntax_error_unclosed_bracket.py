# an unclosed bracket is reported at the opening bracket
print("never")
values = [1, 2, 3
total = sum(values)
print(total)
