def a():
    return
def b():
    return 1, 2
def c():
    return *[1], 2
def d(x):
    if x:
        return x
print(a(), b(), c(), d(0), d(5))
