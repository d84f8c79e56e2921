# two starred targets in one assignment
first, *rest = range(5)
print(first, rest)
a, *b, *c = range(5)
print(a, b, c)
