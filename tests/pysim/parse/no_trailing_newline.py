print("no newline at end")
x = [1,
     2]
print(x)