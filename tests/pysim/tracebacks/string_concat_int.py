# concatenating str and int in a print call
age = 30
print("Age: " + str(age))
print(f"Age: {age}")
print("Next year: " + age + 1)
