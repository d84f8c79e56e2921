# a function defined inside another is created anew on each call
def outer(n):
    def inner(m):
        return n * m
    print("inner created for", n)
    return inner(2) + inner(3)
print(outer(1), outer(10))
def make():
    def helper():
        return "help"
    return helper
a = make()
b = make()
print(a(), b(), a is b, a == b)
def ladder(n):
    if n == 0:
        return "bottom"
    def step():
        return ladder(n - 1)
    return f"{n}>" + step()
print(ladder(3))
