# an indented line where no block was opened
print("never")
x = 1
    y = 2
print(x, y)
