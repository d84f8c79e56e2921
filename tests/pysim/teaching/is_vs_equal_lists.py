# == compares values, is compares identity
a = [1, 2]
b = [1, 2]
c = a
print("a == b:", a == b)
print("a is b:", a is b)
print("a is c:", a is c)
print("a == c:", a == c)
print("a is not b:", a is not b)
print("id(a) == id(c):", id(a) == id(c))
b.append(3)
print("after b.append(3): a == b:", a == b)
x = None
print("x is None:", x is None, "| x == None:", x == None)
