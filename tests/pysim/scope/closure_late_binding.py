# closures capture variables, not values: the loop gotcha and its fixes
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 10
print([f() for f in funcs])
fixed = []
for i in range(3):
    fixed.append(lambda i=i: i)
print([f() for f in fixed])
comp = [lambda: j for j in range(3)]
print([f() for f in comp])
def make(n):
    return lambda: n
made = [make(k) for k in range(3)]
print([f() for f in made])
def outer():
    fs = []
    x = 1
    fs.append(lambda: x)
    x = 2
    fs.append(lambda: x)
    return fs
print([f() for f in outer()])
