# t[1] += [5] extends the list inside the tuple and only then fails to assign
t = (1, [2, 3])
try:
    t[1] += [5]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
inner = t[1]
inner += [6]
print(t, inner is t[1])
t[1] += [7]
