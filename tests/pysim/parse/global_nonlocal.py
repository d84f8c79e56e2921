counter = 0
def inc():
    global counter
    counter += 1
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
inc(); inc()
f = outer()
print(counter, f(), f())
def both():
    global a, b
    a = b = 5
both()
print(a + b)
