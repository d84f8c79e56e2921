# complex division by zero, uncaught
z = (1 + 2j) / (3 - 4j)
print(z)
w = z / (z - z)
print(w)
