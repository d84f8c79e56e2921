# an uncaught ordering comparison of complex numbers
def closest(zs):
    return min(zs)

print(closest([1 + 1j]))
print(closest([3 + 4j, 1 - 1j]))
