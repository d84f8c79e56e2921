# a misspelt built-in name: NameError with a "Did you mean" hint (uncaught)
values = [3, 1, 2]
try:
    lenght = lenn(values)
except NameError as e:
    print(type(e).__name__, e)
print(len(values))
prnt(sorted(values))
