# complex numbers are not simulated
z = 2 + 3j
print(z)
