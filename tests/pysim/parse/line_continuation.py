x = 1 + \
    2 + \
    3
y = (1 +
     2
     + 3)
z = [
    1,
    2,
]
if x == 6 and \
   y == 6:
    print("cont", x, y, z)
