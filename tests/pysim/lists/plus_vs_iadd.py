# a = a + b builds a new list; a += b extends the same list (and accepts any iterable)
a = [1, 2]
alias = a
a = a + [3]
print(a, alias, a is alias)
b = [1, 2]
alias = b
b += [3]
print(b, alias, b is alias)
b += "xy"
b += range(2)
b += (7,)
print(b)
try:
    b = b + "xy"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b = b + (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    b += 5
except TypeError as e:
    print(type(e).__name__, e)
c = [1]
c += c
print(c)
c.extend(c)
print(c)
