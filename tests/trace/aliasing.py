# Two names, one list: changing it through y shows through x.
x = [1, 2, 3]
y = x
y.append(4)
print(x)
print(x is y)
