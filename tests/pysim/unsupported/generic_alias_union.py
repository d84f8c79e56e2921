# complex numbers and list[int] are simulated; X | Y (types.UnionType) is not
z = 2 + 3j
print(z, list[int])
print(list[int] | None)
