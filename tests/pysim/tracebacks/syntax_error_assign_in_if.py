# = used where == was meant
x = 3
print("never")
if x = 3:
    print("three")
