x = 5
print(not x is 5, not x is not 5, not x in [5], not x not in (5, 6))
print(not x == 5, not (x is None), not x is None)
y = [1]
print(not 1 in y, not 3 in y)
if not x is 5:
    print('a')
else:
    print('b')
