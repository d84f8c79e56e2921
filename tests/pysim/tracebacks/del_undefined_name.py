# deleting a name twice
temp = [1, 2, 3]
alias = temp
del temp
print(alias)
del temp
