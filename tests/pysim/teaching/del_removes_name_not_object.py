# del removes a name (or a slot), not the object other names still refer to
data = [1, 2, 3]
keep = data
del data
print(keep)
try:
    print(data)
except NameError as e:
    print("NameError:", e)
holder = {"list": keep}
del keep
print(holder)
lst = holder["list"]
del lst[0]
print(holder, lst)
