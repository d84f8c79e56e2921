# closures look a variable up when called, so all lambdas made in a loop see its last value
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
fixed = []
for i in range(3):
    fixed.append(lambda i=i: i)
print([f() for f in fixed])
def make_counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c2(), c1())
