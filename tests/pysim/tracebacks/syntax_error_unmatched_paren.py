# a closing bracket that does not match the opening one
print("never")
values = [1, 2, 3)
print(values)
print(len(values))
