# sorting a list that mixes str and int raises TypeError (uncaught)
values = [3, 1, 2]
values.sort()
print(values)
mixed = [3, "10", 1]
print(sorted(mixed, key=str))
print(sorted(mixed, key=lambda v: int(v)))
mixed.sort()
print(mixed)
