a, b, c = 0, "", [1]
print(a or b or c, a and b, c and "yes")
print(not a and c or b, (a or 1) and (b or 2))
print(a or b and c, not (a or b))
