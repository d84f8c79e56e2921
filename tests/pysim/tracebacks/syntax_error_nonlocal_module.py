# nonlocal at module level
print("never")
nonlocal count
count = 0
print(count)
