# two operands without an operator between them
a = 1
b = 2
c = a b
print(c)
