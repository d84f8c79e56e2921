# del removes the name, not the object; using the name afterwards is a NameError
data = [1, 2, 3]
keep = data
del data
print(keep)
try:
    print(data)
except NameError as e:
    print(type(e).__name__, e)
total = 0
for x in keep:
    total += x
del total
print(total)
