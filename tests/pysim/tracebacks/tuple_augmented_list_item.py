# t[1] += [x] raises after the list was already extended
t = (1, [2, 3])
try:
    t[1] += [4]
except TypeError as e:
    print("caught:", e)
print(t)
t[1] += [5]
