# strings cannot be changed in place; string methods return new strings
name = "python"
upper = name.upper()
print(name, upper, name is upper)
fixed = "P" + name[1:]
print(fixed)
name[0] = "P"
