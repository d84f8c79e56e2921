# assigning to a literal is rejected
x = 1
print("never")
5 = x
print(x)
