# assigning to a tuple item
point = (3, 4)
print(point[0])
point = (10, point[1])
print(point)
point[0] = 10
