# assigning to a full slice keeps the list object; rebinding the name does not
a = [1, 2, 3]
alias = a
a[:] = [7, 8]
print(a, alias, a is alias)
a[1:1] = [9]
print(alias)
a = [0]
print(a, alias, a is alias)
b = alias[:]
b[0] = 100
print(alias[0], b[0])
