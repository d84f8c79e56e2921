# the classic str + int mistake, uncaught, and the working alternatives first
age = 25
print("Age: " + str(age))
print(f"Age: {age}")
print("Age:", age)
print("Age: %d" % age)
message = "Age: " + age
print(message)
