# variables are labels stuck on objects: assignment never copies
x = [1, 2, 3]
y = x
print("x:", x)
print("y:", y)
print("same object?", x is y)
print("same id?", id(x) == id(y))
y.append(4)
print("after y.append(4), x is", x)
x = "now a string"
print("x was rebound:", x)
print("y still holds the list:", y)
print("type(x):", type(x), "type(y):", type(y))
