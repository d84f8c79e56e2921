# a block statement without an indented body
print("never")
for i in range(3):
print(i)
print("done")
