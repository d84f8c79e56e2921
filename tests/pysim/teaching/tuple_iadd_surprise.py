# t[1] += [x] both raises TypeError and extends the list: the += happens first
t = (1, [2, 3])
try:
    t[1] += [4]
except TypeError as e:
    print("TypeError:", e)
print(t)
t[1].extend([5])
print(t)
lst = t[1]
lst += [6]
print(t)
