# using a keyword as a variable name
value = 10
class = "first"
print(value)
print(class)
